package org.ortaq.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.ortaq.Ortaq;
import org.ortaq.config.Config;

/** A real Ortaq on 127.0.0.1 and a free port with its own data directory, and an HTTP client. */
public final class RunningOrtaq implements AutoCloseable {
  private final Ortaq ortaq;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  private RunningOrtaq(Ortaq ortaq) {
    this.ortaq = ortaq;
  }

  /** Starts on SQLite in {@code dataDir}, or on {@code dbUrl} when it is not empty. */
  public static RunningOrtaq start(Path dataDir, String dbUrl, Clock clock) {
    var env = new java.util.HashMap<String, String>();
    env.put("ORTAQ_HTTP_PORT", "0");
    env.put("ORTAQ_DATA_DIR", dataDir.toString());
    if (!dbUrl.isEmpty()) {
      env.put("ORTAQ_DB_URL", dbUrl);
    }
    Config config = Config.from(Map.copyOf(env), dataDir.resolve("absent.properties"));
    Ortaq ortaq = Ortaq.start(config, clock);
    ortaq.search().indexer().awaitIdle();
    return new RunningOrtaq(ortaq);
  }

  public Ortaq ortaq() {
    return ortaq;
  }

  public String base() {
    return "http://127.0.0.1:" + ortaq.port();
  }

  public HttpResponse<String> get(String path, String... headers) {
    try {
      var request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10));
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    ortaq.close();
  }
}
