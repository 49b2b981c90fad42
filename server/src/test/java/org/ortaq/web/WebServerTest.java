package org.ortaq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebServerTest {
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void answers503WhenTheDatabaseDoesNot() throws Exception {
    try (var server = WebServer.start("127.0.0.1", 0, List.of(new HealthRoutes(() -> false)), ctx -> ctx.result("none"))) {
      var response = client.send(request(server, "/healthz"), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).contains("\"database\":\"down\"");
    }
  }

  @Test
  void letsARequestInFlightFinishWhenStopping() throws Exception {
    var started = new CountDownLatch(1);
    Routes slow =
        routes ->
            routes.get(
                "/slow",
                ctx -> {
                  started.countDown();
                  Thread.sleep(700);
                  ctx.result("done");
                });
    var server = WebServer.start("127.0.0.1", 0, List.of(slow), ctx -> ctx.result("none"));
    CompletableFuture<HttpResponse<String>> pending =
        client.sendAsync(request(server, "/slow"), HttpResponse.BodyHandlers.ofString());
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    server.close();
    HttpResponse<String> response = pending.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("done");
  }

  @Test
  void choosesTheReadersLanguage() {
    assertThat(LanguageNegotiation.choose(null)).hasToString("AZ");
    assertThat(LanguageNegotiation.choose("ru-RU,ru;q=0.9")).hasToString("RU");
    assertThat(LanguageNegotiation.choose("en-US;q=0.4, tr;q=0.8")).hasToString("TR");
  }

  private static HttpRequest request(WebServer server, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
  }
}
