package org.ortaq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PageCacheWithoutBrotliTest {
  /**
   * The native library loads once per JVM, so a failed load is only seen in a fresh one: this starts
   * a JVM that points brotli4j at a library that does not exist, as on a platform it lacks.
   */
  @Test
  void fallsBackToGzipAndSaysSoOnceWhenTheNativeLibraryCannotLoad() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Dbrotli4j.library.path=/nonexistent/libbrotli.so",
                    "-cp",
                    System.getProperty("java.class.path"),
                    PageCacheWithoutBrotli.class.getName()))
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.split("brotli unavailable", -1)).as(output).hasSize(2);
    assertThat(output).contains("nonexistent");
  }
}
