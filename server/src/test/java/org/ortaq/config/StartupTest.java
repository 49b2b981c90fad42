package org.ortaq.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.Ortaq;

/** Bad settings fail with one line and write nothing. */
class StartupTest {
  @TempDir Path dir;

  @Test
  void refusesAPortInUseBeforeTouchingTheDataDirectory() throws Exception {
    try (var taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      Path data = dir.resolve("data");
      var config = config(Map.of("ORTAQ_HTTP_PORT", Integer.toString(taken.getLocalPort()), "ORTAQ_DATA_DIR", data.toString()));
      assertThatThrownBy(() -> Ortaq.start(config, Clock.systemUTC()))
          .isInstanceOf(StartupFailure.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort());
      assertThat(data).doesNotExist();
    }
  }

  @Test
  void refusesADataDirectoryThatCannotBeWritten() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    var config = config(Map.of("ORTAQ_HTTP_PORT", "0", "ORTAQ_DATA_DIR", file.resolve("data").toString()));
    assertThatThrownBy(() -> Ortaq.start(config, Clock.systemUTC()))
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("is not writable");
  }

  @Test
  void refusesMalformedDatabaseUrls() {
    for (String url : new String[] {"postgres://x/y", "jdbc:postgresql://", "jdbc:sqlite:", "jdbc:mysql://h/d", "jdbc:postgresql://host"}) {
      assertThatThrownBy(() -> config(Map.of("ORTAQ_DB_URL", url)))
          .as(url)
          .isInstanceOf(InvalidConfig.class)
          .hasMessageContaining("ORTAQ_DB_URL");
    }
  }

  @Test
  void refusesAPortThatIsNotANumber() {
    assertThatThrownBy(() -> config(Map.of("ORTAQ_HTTP_PORT", "eighty")))
        .isInstanceOf(InvalidConfig.class)
        .hasMessage("ORTAQ_HTTP_PORT must be a number, got eighty");
  }

  @Test
  void defaultsToTheEmbeddedDatabaseOnLocalhost() {
    Config config = config(Map.of());
    assertThat(config.httpHost()).isEqualTo("127.0.0.1");
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.dbUrl()).isEqualTo("jdbc:sqlite:data/ortaq.db");
    assertThat(config.embedded()).isTrue();
  }

  @Test
  void readsThePropertiesFileUnderTheEnvironment() throws Exception {
    Path properties = Files.writeString(dir.resolve("ortaq.properties"), "http.port=9000\nhttp.host=0.0.0.0\n");
    Config config = Config.from(Map.of("ORTAQ_HTTP_PORT", "9100"), properties);
    assertThat(config.httpPort()).isEqualTo(9100);
    assertThat(config.httpHost()).isEqualTo("0.0.0.0");
  }

  @Test
  void theCommandLineExitsWithCode2AndOneLineOnAPortInUse() throws Exception {
    try (var taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      var err = new ByteArrayOutputStream();
      PrintStream original = System.err;
      int code;
      try {
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        code = org.ortaq.cli.Main.run("serve", "--port", Integer.toString(taken.getLocalPort()));
      } finally {
        System.setErr(original);
      }
      assertThat(code).isEqualTo(2);
      String message = err.toString(StandardCharsets.UTF_8);
      assertThat(message.lines()).singleElement().satisfies(line -> assertThat(line).startsWith("ortaq: cannot listen on"));
    }
  }

  private Config config(Map<String, String> env) {
    return Config.from(env, dir.resolve("absent.properties"));
  }
}
