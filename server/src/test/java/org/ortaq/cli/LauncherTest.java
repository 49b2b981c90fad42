package org.ortaq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The {@code ./ortaq} launcher script at the repository root. */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("..", "ortaq").toAbsolutePath().normalize();

  @Test
  void saysInOneLineWhatItNeedsWhenThereIsNoJdk21() throws Exception {
    var process =
        new ProcessBuilder("bash", LAUNCHER.toString(), "--help")
            .redirectErrorStream(true);
    process.environment().clear();
    process.environment().put("PATH", "/usr/bin:/bin");
    process.environment().put("HOME", System.getProperty("java.io.tmpdir"));
    process.environment().put("JAVA_HOME", "/nonexistent-jdk");
    process.environment().put("ORTAQ_JVM_DIR", "/nonexistent-jvm-dir");
    Process running = process.start();
    assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean javac21OnPath = javacOnPathIsAtLeast21();
    if (!javac21OnPath) {
      assertThat(running.exitValue()).isEqualTo(1);
      assertThat(output.lines()).singleElement().satisfies(line -> assertThat(line).startsWith("ortaq: needs a JDK 21 or newer"));
    }
  }

  @Test
  void theLauncherIsExecutable() {
    assertThat(Files.isExecutable(LAUNCHER)).isTrue();
  }

  private static boolean javacOnPathIsAtLeast21() throws IOException, InterruptedException {
    for (String dir : new String[] {"/usr/bin", "/bin"}) {
      Path javac = Path.of(dir, "javac");
      if (Files.isExecutable(javac)) {
        Process version = new ProcessBuilder(javac.toString(), "-version").redirectErrorStream(true).start();
        version.waitFor(20, TimeUnit.SECONDS);
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String number = text.replace("javac ", "").split("[.\\s]")[0];
        return Integer.parseInt(number) >= 21;
      }
    }
    return false;
  }
}
