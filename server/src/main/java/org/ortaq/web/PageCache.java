package org.ortaq.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Public pages kept as precompressed bytes, revalidated by ETag and date, dropped by what they show. */
public final class PageCache {
  private static final Logger log = LoggerFactory.getLogger(PageCache.class);
  static final String CACHE_CONTROL = CachedReply.CACHE_CONTROL;

  private final Clock clock;
  private final PageCompression compression;
  private final Cache<String, CachedPage> pages;
  private final ConcurrentMap<String, Set<CachedPage>> pagesByDependency = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Render> renders = new ConcurrentHashMap<>();
  // Stores share the read lock; an invalidation takes the write lock, so a render it marks stale
  // can never slip into the cache between its staleness check and its put.
  private final ReadWriteLock storing = new ReentrantReadWriteLock();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final Consumer<String> onAnswerWithoutRoute;

  /** Counters for tests and metrics; {@code dependencyLinks} counts (dependency, page) pairs indexed. */
  public record Stats(long hits, long misses, long entries, long bytes, long dependencyLinks) {}

  public PageCache(long maxBytes, Clock clock) {
    this(maxBytes, clock, path -> {});
  }

  /**
   * A cache whose fast path (see {@link WebServer}) calls {@code onAnswerWithoutRoute} with the path
   * of each request it answers, since the page's route, which may count a view, does not run then.
   */
  public PageCache(long maxBytes, Clock clock, Consumer<String> onAnswerWithoutRoute) {
    this(maxBytes, clock, PageCompression.brotliWhenAvailable(), onAnswerWithoutRoute);
  }

  PageCache(long maxBytes, Clock clock, PageCompression compression) {
    this(maxBytes, clock, compression, path -> {});
  }

  PageCache(long maxBytes, Clock clock, PageCompression compression, Consumer<String> onAnswerWithoutRoute) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.clock = Objects.requireNonNull(clock);
    this.compression = Objects.requireNonNull(compression);
    this.onAnswerWithoutRoute = Objects.requireNonNull(onAnswerWithoutRoute);
    this.pages =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((String key, CachedPage page) -> page.weight())
            // Run maintenance and the listener on the calling thread: the index is clean as soon
            // as the operation that evicted, replaced or removed a page returns.
            .executor(Runnable::run)
            .removalListener((String key, CachedPage page, RemovalCause cause) -> unindex(page))
            .build();
  }

  /**
   * Answers ctx from the cache (200 with the right encoding, or 304), or renders, stores and answers. Only 200 responses are stored.
   *
   * <p>Mount the route for HEAD as well as GET: Javalin answers HEAD on a GET-only route with an
   * empty 200 without calling the handler, so no validators would be sent.
   */
  public void serve(Context ctx, String contentType, Set<String> dependencies, Supplier<String> render) {
    Objects.requireNonNull(contentType);
    Objects.requireNonNull(dependencies);
    Objects.requireNonNull(render);
    HandlerType method = ctx.method();
    if (method != HandlerType.GET && method != HandlerType.HEAD) {
      ctx.contentType(contentType).result(render.get());
      return;
    }
    // A malformed query is rendered every time rather than kept.
    Optional<String> maybeKey = PageKey.of(ctx.path(), ctx.queryString());
    if (maybeKey.isEmpty()) {
      ctx.contentType(contentType).result(render.get());
      return;
    }
    String key = maybeKey.get();
    CachedPage cached = pages.getIfPresent(key);
    if (cached != null) {
      hits.increment();
      answer(ctx, cached);
      return;
    }
    misses.increment();
    var mine = new Render(Set.copyOf(dependencies));
    Render leader =
        renders.compute(key, (k, current) -> current == null || current.stale ? mine : current);
    if (leader != mine) {
      // Single flight: another request is rendering this page, and nothing invalidated it since.
      Optional<CachedPage> shared = leader.result.join();
      if (shared.isPresent()) {
        answer(ctx, shared.get());
      } else {
        renderAndAnswer(ctx, key, contentType, mine, render, false);
      }
      return;
    }
    try {
      CachedPage storedMeanwhile = pages.getIfPresent(key); // by a leader that just finished
      if (storedMeanwhile != null) {
        mine.result.complete(Optional.of(storedMeanwhile));
        answer(ctx, storedMeanwhile);
      } else {
        renderAndAnswer(ctx, key, contentType, mine, render, true);
      }
    } finally {
      mine.result.complete(Optional.empty()); // no-op when the render succeeded
      renders.remove(key, mine);
    }
  }

  /**
   * The answer to a GET or HEAD from the cache alone, counted as a hit, for the fast path that
   * runs before any route; empty on a miss. Empty strings stand for absent request headers.
   */
  Optional<CachedReply> answerWithoutRoute(
      String path, String rawQuery, String acceptEncoding, String ifNoneMatch, String ifModifiedSince) {
    Optional<String> key = PageKey.of(path, rawQuery);
    CachedPage cached = key.isEmpty() ? null : pages.getIfPresent(key.get());
    if (cached == null) {
      return Optional.empty();
    }
    hits.increment();
    onAnswerWithoutRoute.accept(path);
    return Optional.of(CachedReply.of(cached, acceptEncoding, ifNoneMatch, ifModifiedSince));
  }

  /** Drops every cached page that declared any of these dependency keys (e.g. "front:az", "organization:5", "article:12", "category:3", "tag:az:şuşa", "feed:az", "sitemap"). Synchronous. */
  public void invalidate(Collection<String> dependencies) {
    Set<String> keys = Set.copyOf(dependencies);
    int dropped = 0;
    storing.writeLock().lock();
    try {
      for (Render render : renders.values()) {
        if (!Collections.disjoint(render.dependencies, keys)) {
          render.stale = true;
        }
      }
      for (String dependency : keys) {
        Set<CachedPage> affected = pagesByDependency.remove(dependency);
        if (affected != null) {
          for (CachedPage page : affected) {
            dropped += pages.asMap().remove(page.key(), page) ? 1 : 0;
          }
        }
      }
    } finally {
      storing.writeLock().unlock();
    }
    log.debug("pages invalidated dependencies={} pages={}", keys, dropped);
  }

  /** Drops every page, for changes every page shows, such as the theme. */
  public void invalidateAll() {
    storing.writeLock().lock();
    try {
      renders.values().forEach(render -> render.stale = true);
      pages.invalidateAll();
      pagesByDependency.clear();
    } finally {
      storing.writeLock().unlock();
    }
    log.debug("pages invalidated all");
  }

  public Stats stats() {
    pages.cleanUp();
    long links = pagesByDependency.values().stream().mapToLong(Set::size).sum();
    long bytes = pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    return new Stats(hits.sum(), misses.sum(), pages.estimatedSize(), bytes, links);
  }

  private void renderAndAnswer(
      Context ctx, String key, String contentType, Render mine, Supplier<String> render, boolean store) {
    String body = render.get();
    if (ctx.statusCode() != HttpStatus.OK.getCode()) {
      ctx.contentType(contentType).result(body); // errors and redirects are never kept
      return;
    }
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    var page =
        new CachedPage(
            key, contentType, mine.dependencies, clock.instant(), compression.encode(raw));
    if (store) {
      store(mine, page);
      mine.result.complete(Optional.of(page));
    }
    answer(ctx, page);
  }

  private void store(Render render, CachedPage page) {
    storing.readLock().lock();
    try {
      if (render.stale) {
        log.debug("page not stored, invalidated while rendering key={}", page.key());
        return;
      }
      // Index first: if the put evicts this very page at once, the listener finds it to remove.
      // Every change to a dependency's set happens inside compute, so an eviction listener that
      // empties and drops the set cannot race with this add.
      for (String dependency : page.dependencies()) {
        pagesByDependency.compute(
            dependency,
            (d, indexed) -> {
              Set<CachedPage> pagesOfDependency = indexed == null ? ConcurrentHashMap.newKeySet() : indexed;
              pagesOfDependency.add(page);
              return pagesOfDependency;
            });
      }
      pages.put(page.key(), page);
    } finally {
      storing.readLock().unlock();
    }
  }

  private void unindex(CachedPage page) {
    for (String dependency : page.dependencies()) {
      pagesByDependency.computeIfPresent(
          dependency,
          (d, indexed) -> {
            indexed.remove(page);
            return indexed.isEmpty() ? null : indexed;
          });
    }
  }

  private static void answer(Context ctx, CachedPage page) {
    CachedReply reply =
        CachedReply.of(
            page, header(ctx, "Accept-Encoding"), header(ctx, "If-None-Match"), header(ctx, "If-Modified-Since"));
    ctx.header("ETag", reply.etag())
        .header("Last-Modified", reply.lastModified())
        .header("Cache-Control", CachedReply.CACHE_CONTROL)
        .header("Vary", CachedReply.VARY);
    // The bodies are encoded already (or deliberately not); Javalin must not encode them again.
    ctx.minSizeForCompression(Integer.MAX_VALUE);
    // Set on a 304 too, where it would otherwise be Javalin's default, whatever the page is.
    ctx.contentType(reply.contentType());
    if (reply.notModified()) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    reply.contentEncoding().ifPresent(coding -> ctx.header("Content-Encoding", coding));
    ctx.result(reply.body());
  }

  private static String header(Context ctx, String name) {
    return Objects.requireNonNullElse(ctx.header(name), "");
  }

  /** A render in progress: what it depends on, whether an invalidation overtook it, and its page. */
  private static final class Render {
    final Set<String> dependencies;
    final CompletableFuture<Optional<CachedPage>> result = new CompletableFuture<>();
    volatile boolean stale;

    Render(Set<String> dependencies) {
      this.dependencies = dependencies;
    }
  }
}
