package org.ortaq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ortaq.web.PageCacheSite.html;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageCacheFastPathTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-05T10:00:00.700Z"), ZoneOffset.UTC);
  private static final String FRONT = html("Ortaq xəbərlər", 4_000);
  // Jetty adds Date to every response; everything else must be the same on both paths.
  private static final Set<String> VARYING_HEADERS = Set.of("date");

  private final List<String> answeredWithoutRoute = new CopyOnWriteArrayList<>();
  private final PageCacheSite fast = PageCacheSite.start(new PageCache(8 << 20, CLOCK, answeredWithoutRoute::add));
  private final PageCacheSite routed = PageCacheSite.startWithoutFastPath(new PageCache(8 << 20, CLOCK));

  @AfterEach
  void stop() {
    fast.close();
    routed.close();
  }

  @Test
  void answersHitsWithTheStatusHeadersAndBodyTheRouteWouldSend() {
    String feed = "<?xml version=\"1.0\"?><rss><channel><title>Ortaq</title></channel></rss>".repeat(40);
    for (PageCacheSite site : List.of(fast, routed)) {
      site.page("/az/", Set.of("front:az"), () -> FRONT);
      site.page("/az/feed.rss", "application/rss+xml; charset=utf-8", Set.of("feed:az"), ctx -> feed);
      site.page("/robots.txt", "text/plain; charset=utf-8", Set.of(), ctx -> "User-agent: *\n");
      site.page("/az/tags/%C5%9Fu%C5%9Fa/", Set.of("tag:az:şuşa"), ctx -> html("şuşa " + ctx.queryParam("page"), 3_000));
    }
    var requests = new ArrayList<String[]>();
    for (String path : List.of("/az/", "/az/feed.rss", "/robots.txt", "/az/tags/%C5%9Fu%C5%9Fa/?page=2&utm=x")) {
      String etag = fast.get(path, "Accept-Encoding", "br").headers().firstValue("ETag").orElseThrow();
      routed.get(path, "Accept-Encoding", "br");
      for (String method : List.of("GET", "HEAD")) {
        for (String accept : List.of("", "gzip", "br", "gzip, deflate, br, zstd", "*;q=0")) {
          requests.add(new String[] {method, path, "Accept-Encoding", accept});
          requests.add(new String[] {method, path, "Accept-Encoding", accept, "If-None-Match", etag});
          requests.add(new String[] {method, path, "Accept-Encoding", accept, "If-Modified-Since", "Fri, 05 Jun 2026 10:00:00 GMT"});
        }
      }
    }
    int routeCalls = fast.routeCalls();

    for (String[] request : requests) {
      String[] headers = java.util.Arrays.copyOfRange(request, 2, request.length);
      var expected = routed.send(request[0], request[1], headers);
      var actual = fast.send(request[0], request[1], headers);
      String description = String.join(" ", request);
      assertThat(actual.statusCode()).as(description).isEqualTo(expected.statusCode());
      assertThat(headersOf(actual)).as(description).isEqualTo(headersOf(expected));
      assertThat(actual.body()).as(description).isEqualTo(expected.body());
    }
    assertThat(fast.routeCalls()).as("routes run after the first request of each page").isEqualTo(routeCalls);
    assertThat(fast.cache().stats().hits()).isEqualTo(requests.size());
  }

  @Test
  void reportsThePathOfEachPageItAnswersSoViewsCanBeCounted() {
    fast.page("/az/news/2026/06/xeber", Set.of("page:/az/news/2026/06/xeber"), () -> FRONT);

    fast.get("/az/news/2026/06/xeber"); // rendered by the route, which counts its own view
    fast.get("/az/news/2026/06/xeber");
    fast.head("/az/news/2026/06/xeber");
    fast.get("/az/news/2026/06/xeber", "If-Modified-Since", "Fri, 05 Jun 2026 10:00:00 GMT");

    assertThat(answeredWithoutRoute).containsExactly(
        "/az/news/2026/06/xeber", "/az/news/2026/06/xeber", "/az/news/2026/06/xeber");
    assertThat(fast.routeCalls()).isEqualTo(1);
  }

  @Test
  void letsMissesAndOtherMethodsThroughToTheRoutes() {
    var renders = fast.page("/az/", Set.of("front:az"), () -> FRONT);

    assertThat(fast.get("/az/").statusCode()).isEqualTo(200);
    assertThat(fast.routeCalls()).isEqualTo(1);
    var post = fast.send("POST", "/az/");
    var unknown = fast.get("/az/nowhere");

    assertThat(post.headers().firstValue("ETag")).isEmpty();
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(fast.routeCalls()).as("the unknown page ran the route").isEqualTo(2);
    assertThat(renders).hasValue(1);
    assertThat(answeredWithoutRoute).isEmpty();
  }

  @Test
  void neverAnswersApiPathsBeforeRouting() {
    fast.page("/api/v1/cached", Set.of("api"), () -> "{\"ok\":true}".repeat(50));

    fast.get("/api/v1/cached");
    fast.get("/api/v1/cached");
    fast.head("/api/v1/cached");

    assertThat(fast.routeCalls()).isEqualTo(3);
    assertThat(answeredWithoutRoute).isEmpty();
  }

  @Test
  void keysQueriesAsTheRouteDoesAndLeavesMalformedOnesToIt() {
    var renders = fast.page("/az/", Set.of("front:az"), ctx -> html("page " + ctx.queryParam("page"), 400));

    fast.get("/az/?page=2&utm=x");
    fast.get("/az/?utm=x&page=2");
    fast.get("/az/?utm=x&page=%32");
    int malformed = rawStatus("/az/?page=%zz");

    assertThat(malformed).isEqualTo(200);
    assertThat(rawStatus("/az/?page=%zz")).isEqualTo(200);
    assertThat(renders).as("page 2 once, the malformed query each time").hasValue(3);
    assertThat(answeredWithoutRoute).hasSize(2);
  }

  /** java.net.http refuses a malformed %-escape, so this request goes over a plain socket. */
  private int rawStatus(String pathAndQuery) {
    try (var socket = new java.net.Socket("127.0.0.1", fast.port())) {
      socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      return Integer.parseInt(response.substring(9, 12));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, List<String>> headersOf(HttpResponse<byte[]> response) {
    var headers = new TreeMap<String, List<String>>(response.headers().map());
    headers.keySet().removeAll(VARYING_HEADERS);
    return headers;
  }
}
