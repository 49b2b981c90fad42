package org.ortaq.web;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * A real web server on 127.0.0.1 whose pages go through one PageCache, each counting its renders;
 * hits are answered by the Jetty fast path as in production, or by the Javalin route alone.
 */
final class PageCacheSite implements AutoCloseable {
  private final PageCache cache;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final WebServer server;
  private final AtomicInteger routeCalls = new AtomicInteger();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private record Page(String contentType, Set<String> dependencies, Function<Context, String> render, AtomicInteger renders) {}

  private PageCacheSite(PageCache cache, boolean fastPath) {
    this.cache = cache;
    // Javalin answers HEAD on a GET route with an empty 200 without running the handler, so
    // cached pages are mounted for HEAD as well.
    Routes routes =
        config -> {
          config.get("/*", this::handle);
          config.head("/*", this::handle);
        };
    NotFoundPage notFound = ctx -> ctx.result("no such page");
    this.server =
        fastPath
            ? WebServer.start("127.0.0.1", 0, List.of(routes), notFound, cache)
            : WebServer.start("127.0.0.1", 0, List.of(routes), notFound);
  }

  /** A site whose cache hits are answered before routing, as Ortaq serves them. */
  static PageCacheSite start(PageCache cache) {
    return new PageCacheSite(cache, true);
  }

  /** A site whose every request runs its route, which answers hits through {@link PageCache#serve}. */
  static PageCacheSite startWithoutFastPath(PageCache cache) {
    return new PageCacheSite(cache, false);
  }

  int port() {
    return server.port();
  }

  /** How often a page's route ran, hit or miss; the fast path answers without it. */
  int routeCalls() {
    return routeCalls.get();
  }

  PageCache cache() {
    return cache;
  }

  /** Serves {@code path} through the cache; the counter tells how often it was rendered. */
  AtomicInteger page(String path, Set<String> dependencies, Supplier<String> body) {
    return page(path, dependencies, ctx -> body.get());
  }

  AtomicInteger page(String path, Set<String> dependencies, Function<Context, String> render) {
    return page(path, "text/html; charset=utf-8", dependencies, render);
  }

  AtomicInteger page(String path, String contentType, Set<String> dependencies, Function<Context, String> render) {
    var renders = new AtomicInteger();
    pages.put(path, new Page(contentType, dependencies, render, renders));
    return renders;
  }

  HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, headers);
  }

  HttpResponse<byte[]> head(String pathAndQuery, String... headers) {
    return send("HEAD", pathAndQuery, headers);
  }

  HttpResponse<byte[]> send(String method, String pathAndQuery, String... headers) {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
            .timeout(Duration.ofSeconds(20))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body of {@code response} decoded by its Content-Encoding, as UTF-8 text. */
  static String text(HttpResponse<byte[]> response) {
    String coding = response.headers().firstValue("Content-Encoding").orElse("identity");
    try {
      byte[] bytes =
          switch (coding) {
            case "identity" -> response.body();
            case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
            case "br" -> brotli(response.body());
            default -> throw new AssertionError("unexpected coding " + coding);
          };
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] brotli(byte[] body) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var in = new com.aayushatharva.brotli4j.decoder.BrotliInputStream(new ByteArrayInputStream(body))) {
      in.transferTo(out);
    }
    return out.toByteArray();
  }

  /** An HTML page of about {@code size} bytes that says {@code words}, with Azerbaijani letters. */
  static String html(String words, int size) {
    var html = new StringBuilder("<!doctype html><html lang=\"az\"><body><h1>").append(words).append("</h1>");
    while (html.length() < size) {
      html.append("<p>Şuşa Bəyannaməsi: ortaq media platforması, ortaq qərarlar, həmrəylik.</p>\n");
    }
    return html.append("</body></html>").toString();
  }

  private void handle(Context ctx) {
    routeCalls.incrementAndGet();
    Page page = pages.get(ctx.path());
    if (page == null) {
      ctx.status(404).result("no such page");
      return;
    }
    cache.serve(
        ctx,
        page.contentType(),
        page.dependencies(),
        () -> {
          page.renders().incrementAndGet();
          return page.render().apply(ctx);
        });
  }

  @Override
  public void close() {
    server.close();
  }
}
