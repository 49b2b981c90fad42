package org.ortaq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ortaq.web.PageCacheSite.html;
import static org.ortaq.web.PageCacheSite.text;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageCacheInvalidationTest {
  private final PageCacheSite site = PageCacheSite.start(new PageCache(8 << 20, Clock.systemUTC()));

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void dropsExactlyThePagesThatDeclaredAnInvalidatedDependency() {
    var frontAz = site.page("/az/", Set.of("front:az", "article:1", "article:2"), () -> html("az", 300));
    var frontTr = site.page("/tr/", Set.of("front:tr", "article:3"), () -> html("tr", 300));
    var article = site.page("/az/news/2026/06/susa", Set.of("article:1", "organization:5"), () -> html("Şuşa", 300));
    var tag = site.page("/az/tags/%C5%9Fu%C5%9Fa", Set.of("tag:az:şuşa"), () -> html("tag", 300));
    List<String> paths = List.of("/az/", "/tr/", "/az/news/2026/06/susa", "/az/tags/%C5%9Fu%C5%9Fa");
    paths.forEach(site::get);

    site.cache().invalidate(List.of("article:1"));
    paths.forEach(site::get);

    assertThat(List.of(frontAz.get(), frontTr.get(), article.get(), tag.get())).containsExactly(2, 1, 2, 1);

    site.cache().invalidate(List.of("tag:az:şuşa", "sitemap"));
    paths.forEach(site::get);

    assertThat(List.of(frontAz.get(), frontTr.get(), article.get(), tag.get())).containsExactly(2, 1, 2, 2);
    assertThat(site.cache().stats().entries()).isEqualTo(4);
    assertThat(site.cache().stats().dependencyLinks()).isEqualTo(3 + 2 + 2 + 1);
  }

  @Test
  void servesTheNewVersionRightAfterInvalidateReturns() {
    var title = new AtomicReference<>("Birinci");
    site.page("/az/", Set.of("front:az"), () -> html(title.get(), 2_000));
    String oldEtag = site.get("/az/").headers().firstValue("ETag").orElseThrow();

    title.set("İkinci");
    site.cache().invalidate(Set.of("front:az"));
    var response = site.get("/az/", "If-None-Match", oldEtag, "Accept-Encoding", "br");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(text(response)).contains("İkinci");
  }

  @Test
  void dropsEveryPageOnInvalidateAll() {
    var az = site.page("/az/", Set.of("front:az"), () -> html("az", 300));
    var tr = site.page("/tr/", Set.of("front:tr"), () -> html("tr", 300));
    site.get("/az/");
    site.get("/tr/");

    site.cache().invalidateAll();

    assertThat(site.cache().stats()).extracting("entries", "dependencyLinks").containsExactly(0L, 0L);
    site.get("/az/");
    site.get("/tr/");
    assertThat(List.of(az.get(), tr.get())).containsExactly(2, 2);
  }

  @Test
  void keepsARenderOutOfTheCacheWhenItsDependencyIsInvalidatedWhileRendering() throws Exception {
    var title = new AtomicReference<>("köhnə");
    var rendering = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var renders =
        site.page(
            "/az/",
            Set.of("front:az"),
            () -> {
              String seen = title.get(); // read "from the database" before the publish commits
              rendering.countDown();
              await(release);
              return html(seen, 500);
            });

    CompletableFuture<HttpResponse<byte[]>> slow = CompletableFuture.supplyAsync(() -> site.get("/az/"));
    assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
    title.set("yeni");
    site.cache().invalidate(Set.of("front:az"));
    release.countDown();

    assertThat(text(slow.get(20, TimeUnit.SECONDS))).contains("köhnə");
    assertThat(site.cache().stats().entries()).isZero();
    assertThat(text(site.get("/az/"))).contains("yeni");
    assertThat(renders).hasValue(2);
  }

  @Test
  void storesARenderWhenOnlyAnUnrelatedDependencyIsInvalidatedMeanwhile() throws Exception {
    var rendering = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var renders =
        site.page(
            "/az/",
            Set.of("front:az"),
            () -> {
              rendering.countDown();
              await(release);
              return html("az", 500);
            });

    CompletableFuture<HttpResponse<byte[]>> slow = CompletableFuture.supplyAsync(() -> site.get("/az/"));
    assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
    site.cache().invalidate(Set.of("front:tr", "article:99"));
    release.countDown();
    slow.get(20, TimeUnit.SECONDS);
    site.get("/az/");

    assertThat(renders).hasValue(1);
  }

  @Test
  void rendersOnceForConcurrentMissesOfOnePage() throws Exception {
    var release = new CountDownLatch(1);
    var renders =
        site.page(
            "/az/",
            Set.of("front:az"),
            () -> {
              await(release);
              return html("az", 2_000);
            });

    var responses = new ArrayList<CompletableFuture<HttpResponse<byte[]>>>();
    for (int i = 0; i < 6; i++) {
      responses.add(CompletableFuture.supplyAsync(() -> site.get("/az/", "Accept-Encoding", "gzip")));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (site.cache().stats().misses() < 6 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    release.countDown();

    for (var response : responses) {
      assertThat(text(response.get(20, TimeUnit.SECONDS))).isEqualTo(html("az", 2_000));
    }
    assertThat(site.cache().stats().misses()).isEqualTo(6);
    assertThat(renders).hasValue(1);
  }

  @Test
  void keepsTheDependencyIndexCleanWhenATinyBoundEvictsPages() {
    try (var tiny = PageCacheSite.start(new PageCache(6_000, Clock.systemUTC()))) {
      for (int i = 0; i < 40; i++) {
        tiny.page("/az/news/" + i, Set.of("article:" + i, "front:az"), () -> html("xəbər", 1_500));
        tiny.get("/az/news/" + i);
      }

      var stats = tiny.cache().stats();
      assertThat(stats.entries()).isBetween(1L, 39L);
      assertThat(stats.bytes()).isLessThanOrEqualTo(6_000);
      assertThat(stats.dependencyLinks()).isEqualTo(2 * stats.entries());

      tiny.cache().invalidate(Set.of("front:az"));
      assertThat(tiny.cache().stats()).extracting("entries", "dependencyLinks").containsExactly(0L, 0L);
    }
  }

  @Test
  void keepsTheIndexExactUnderConcurrentRendersEvictionsAndInvalidations() throws Exception {
    try (var busy = PageCacheSite.start(new PageCache(20_000, Clock.systemUTC()))) {
      for (int i = 0; i < 30; i++) {
        busy.page("/az/news/" + i, Set.of("article:" + i, "front:az"), () -> html("xəbər", 1_200));
      }
      var readers = new ArrayList<CompletableFuture<Void>>();
      for (int reader = 0; reader < 8; reader++) {
        int offset = reader;
        readers.add(
            CompletableFuture.runAsync(
                () -> {
                  for (int i = 0; i < 60; i++) {
                    busy.get("/az/news/" + (offset * 7 + i) % 30, "Accept-Encoding", "br");
                  }
                }));
      }
      for (int i = 0; i < 20; i++) {
        busy.cache().invalidate(Set.of("article:" + i));
        Thread.sleep(5);
      }
      CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

      var stats = busy.cache().stats();
      assertThat(stats.dependencyLinks()).isEqualTo(2 * stats.entries());
      busy.cache().invalidate(Set.of("front:az"));
      assertThat(busy.cache().stats()).extracting("entries", "dependencyLinks").containsExactly(0L, 0L);
    }
  }

  @Test
  void indexesOnlyTheLatestVersionOfARenderedPage() {
    var renders = site.page("/az/", Set.of("front:az"), () -> html("az", 300));
    for (int i = 0; i < 5; i++) {
      site.get("/az/");
      site.cache().invalidate(Set.of("front:az"));
    }
    site.get("/az/");

    assertThat(site.cache().stats()).extracting("entries", "dependencyLinks").containsExactly(1L, 1L);
    site.cache().invalidate(Set.of("front:az"));
    site.get("/az/");
    assertThat(renders).hasValue(7);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("test latch never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
