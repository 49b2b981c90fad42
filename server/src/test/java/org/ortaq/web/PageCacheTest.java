package org.ortaq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ortaq.web.PageCacheSite.html;
import static org.ortaq.web.PageCacheSite.text;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-05T10:00:00.700Z"), ZoneOffset.UTC);
  private static final String FRONT = html("Ortaq xəbərlər", 4_000);

  private final PageCacheSite site = PageCacheSite.start(new PageCache(8 << 20, CLOCK));

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void rendersAPageOnceAndAnswersTheNextRequestFromTheCache() {
    var renders = site.page("/az/", Set.of("front:az"), () -> FRONT);

    var first = site.get("/az/");
    var second = site.get("/az/");

    assertThat(renders).hasValue(1);
    assertThat(text(first)).isEqualTo(FRONT);
    assertThat(text(second)).isEqualTo(FRONT);
    assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    assertThat(site.cache().stats()).extracting("hits", "misses", "entries").containsExactly(1L, 1L, 1L);
  }

  @Test
  void marksCachedPagesWithValidatorsAndRevalidationHeaders() {
    site.page("/az/", Set.of("front:az"), () -> FRONT);

    var response = site.get("/az/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\""));
    assertThat(response.headers().firstValue("Last-Modified")).hasValue("Fri, 05 Jun 2026 10:00:00 GMT");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, must-revalidate");
    assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8"); // as Jetty writes it
  }

  @Test
  void answers304WhenIfNoneMatchNamesTheCurrentETag() {
    var renders = site.page("/az/", Set.of("front:az"), () -> FRONT);
    String etag = site.get("/az/").headers().firstValue("ETag").orElseThrow();

    for (String ifNoneMatch : new String[] {etag, "\"other\", " + etag, "W/" + etag, "*"}) {
      var response = site.get("/az/", "If-None-Match", ifNoneMatch);
      assertThat(response.statusCode()).as(ifNoneMatch).isEqualTo(304);
      assertThat(response.body()).isEmpty();
      assertThat(response.headers().firstValue("ETag")).hasValue(etag);
      assertThat(response.headers().firstValue("Last-Modified")).hasValue("Fri, 05 Jun 2026 10:00:00 GMT");
      assertThat(response.headers().firstValue("Cache-Control")).hasValue(PageCache.CACHE_CONTROL);
      assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    }
    assertThat(site.get("/az/", "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
    assertThat(renders).hasValue(1);
  }

  @Test
  void answers304WhenNotModifiedSinceTheRenderTime() {
    site.page("/az/", Set.of("front:az"), () -> FRONT);
    site.get("/az/");

    assertThat(site.get("/az/", "If-Modified-Since", "Fri, 05 Jun 2026 10:00:00 GMT").statusCode()).isEqualTo(304);
    assertThat(site.get("/az/", "If-Modified-Since", "Sat, 6 Jun 2026 08:00:00 GMT").statusCode()).isEqualTo(304);
    assertThat(site.get("/az/", "If-Modified-Since", "Fri, 05 Jun 2026 09:59:59 GMT").statusCode()).isEqualTo(200);
    assertThat(site.get("/az/", "If-Modified-Since", "yesterday").statusCode()).isEqualTo(200);
  }

  @Test
  void letsIfNoneMatchOverruleIfModifiedSince() {
    site.page("/az/", Set.of("front:az"), () -> FRONT);
    site.get("/az/");

    var response = site.get("/az/", "If-None-Match", "\"old\"", "If-Modified-Since", "Sat, 06 Jun 2026 10:00:00 GMT");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(text(response)).isEqualTo(FRONT);
  }

  @Test
  void sendsBrotliThatDecodesToThePageWhenTheReaderAcceptsIt() {
    assertThat(BrotliLibrary.available()).as("brotli4j native library loads here").isTrue();
    site.page("/az/", Set.of("front:az"), () -> FRONT);

    var response = site.get("/az/", "Accept-Encoding", "gzip, deflate, br, zstd");

    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
    assertThat(response.body().length).isLessThan(FRONT.length() / 4);
    assertThat(text(response)).isEqualTo(FRONT);
  }

  @Test
  void sendsGzipThatDecodesToThePageWhenBrotliIsRefused() {
    site.page("/az/", Set.of("front:az"), () -> FRONT);

    for (String accept : new String[] {"gzip", "br;q=0, gzip", "gzip;q=1, br;q=0.5", "x-gzip"}) {
      var response = site.get("/az/", "Accept-Encoding", accept);
      assertThat(response.headers().firstValue("Content-Encoding")).as(accept).hasValue("gzip");
      assertThat(text(response)).isEqualTo(FRONT);
    }
  }

  @Test
  void sendsThePlainPageWithoutAcceptEncodingOrWhenEveryCodingIsRefused() {
    site.page("/az/", Set.of("front:az"), () -> FRONT);

    for (String[] headers : new String[][] {{}, {"Accept-Encoding", "identity"}, {"Accept-Encoding", "gzip;q=0, br;q=0"}, {"Accept-Encoding", "*;q=0"}}) {
      var response = site.get("/az/", headers);
      assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(FRONT);
      assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    }
  }

  @Test
  void keepsSmallPagesUncompressed() {
    site.page("/az/ping", Set.of("ping"), () -> "<p>ok</p>".repeat(20));

    var response = site.get("/az/ping", "Accept-Encoding", "br, gzip");

    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(text(response)).isEqualTo("<p>ok</p>".repeat(20));
  }

  @Test
  void givesEachCodingItsOwnETagAndRevalidatesTheOneItWouldSend() {
    site.page("/az/", Set.of("front:az"), () -> FRONT);
    String plain = site.get("/az/").headers().firstValue("ETag").orElseThrow();
    String gzip = site.get("/az/", "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
    String brotli = site.get("/az/", "Accept-Encoding", "br").headers().firstValue("ETag").orElseThrow();

    assertThat(Set.of(plain, gzip, brotli)).hasSize(3);
    assertThat(site.get("/az/", "Accept-Encoding", "br", "If-None-Match", brotli).statusCode()).isEqualTo(304);
    assertThat(site.get("/az/", "Accept-Encoding", "gzip", "If-None-Match", brotli).statusCode()).isEqualTo(200);
  }

  @Test
  void neverStoresAResponseThatIsNot200() {
    var renders =
        site.page(
            "/az/gone",
            Set.of("article:7"),
            ctx -> {
              ctx.status(410);
              return "<p>removed</p>";
            });

    var first = site.get("/az/gone");
    var second = site.get("/az/gone");

    assertThat(first.statusCode()).isEqualTo(410);
    assertThat(second.statusCode()).isEqualTo(410);
    assertThat(text(second)).isEqualTo("<p>removed</p>");
    assertThat(second.headers().firstValue("ETag")).isEmpty();
    assertThat(renders).hasValue(2);
    assertThat(site.cache().stats()).extracting("entries", "dependencyLinks").containsExactly(0L, 0L);
  }

  @Test
  void leavesAThrowingRenderToTheErrorHandlerAndStoresNothing() {
    var renders =
        site.page(
            "/az/broken",
            Set.of("article:8"),
            ctx -> {
              throw new IllegalStateException("render failed");
            });

    assertThat(site.get("/az/broken").statusCode()).isEqualTo(500);
    assertThat(site.get("/az/broken").statusCode()).isEqualTo(500);
    assertThat(renders).hasValue(2);
    assertThat(site.cache().stats().entries()).isZero();
  }

  @Test
  void answersHeadWithTheHeadersOfGetAndNoBody() {
    var renders = site.page("/az/", Set.of("front:az"), () -> FRONT);

    HttpResponse<byte[]> head = site.head("/az/", "Accept-Encoding", "gzip");
    HttpResponse<byte[]> get = site.get("/az/", "Accept-Encoding", "gzip");

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    assertThat(head.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(renders).hasValue(1);
    String etag = get.headers().firstValue("ETag").orElseThrow();
    assertThat(site.head("/az/", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
  }

  @Test
  void keysPagesByPathAndSortedQueryParameters() {
    var renders = site.page("/az/", Set.of("front:az"), ctx -> html("page " + ctx.queryParam("page"), 400));

    site.get("/az/?page=2&utm=x");
    site.get("/az/?utm=x&page=2");
    site.get("/az/?page=3&utm=x");
    site.get("/en/?page=2&utm=x");

    assertThat(renders).hasValue(2); // /en/ is not declared: the site answers 404 without the cache
    assertThat(text(site.get("/az/?utm=x&page=3"))).contains("page 3");
    assertThat(site.cache().stats().entries()).isEqualTo(2);
  }

  @Test
  void aHitDoesNotRenderAgain() {
    var renders = site.page("/az/", Set.of("front:az"), () -> FRONT);

    long started = System.nanoTime();
    for (int i = 0; i < 300; i++) {
      assertThat(site.get("/az/", "Accept-Encoding", "br").statusCode()).isEqualTo(200);
    }
    long micros = (System.nanoTime() - started) / 300 / 1_000;

    assertThat(renders).as("renders over 300 requests, about %d µs each", micros).hasValue(1);
    assertThat(site.cache().stats().hits()).isEqualTo(299);
  }

  @Test
  void sendsGzipToBrotliReadersWhereBrotliIsUnavailable() {
    try (var gzipOnly = PageCacheSite.start(new PageCache(1 << 20, CLOCK, PageCompression.gzipOnly()))) {
      gzipOnly.page("/az/", Set.of("front:az"), () -> FRONT);

      var response = gzipOnly.get("/az/", "Accept-Encoding", "br, gzip");

      assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(text(response)).isEqualTo(FRONT);
      assertThat(gzipOnly.get("/az/", "Accept-Encoding", "br").headers().firstValue("Content-Encoding")).isEmpty();
    }
  }
}
