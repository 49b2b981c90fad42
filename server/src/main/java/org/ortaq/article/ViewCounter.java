package org.ortaq.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.ortaq.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts article views in memory and writes them in one batch now and then, so that a page view
 * never writes to the database. Views of a page served from the cache count too: the article's
 * id is remembered by path when the page is rendered.
 */
public final class ViewCounter {
  private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

  private final Database database;
  private final ArticleStore store;
  private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();
  private final Cache<String, Long> idsByPath = Caffeine.newBuilder().maximumSize(100_000).build();

  public ViewCounter(Database database, ArticleStore store) {
    this.database = database;
    this.store = store;
  }

  /** Remembers that {@code path} shows article {@code id}. */
  void remember(String path, long id) {
    idsByPath.put(path, id);
  }

  /** Counts one view of the article at {@code path}, when that path is known. */
  public void countPath(String path) {
    Long id = idsByPath.getIfPresent(path);
    if (id != null) {
      pending.computeIfAbsent(id, k -> new LongAdder()).increment();
    }
  }

  /** Writes the views counted so far in one transaction; returns how many articles changed. */
  public int flush() {
    Map<Long, Long> batch = new HashMap<>();
    for (Long id : pending.keySet()) {
      LongAdder adder = pending.remove(id);
      if (adder != null && adder.sum() > 0) {
        batch.put(id, adder.sum());
      }
    }
    if (batch.isEmpty()) {
      return 0;
    }
    try {
      database.inTransaction(handle -> {
        store.addViews(handle, batch);
        return null;
      });
    } catch (RuntimeException e) {
      log.warn("views not written articles={} reason={}", batch.size(), e.getMessage());
      batch.forEach((id, n) -> pending.computeIfAbsent(id, k -> new LongAdder()).add(n));
      return 0;
    }
    return batch.size();
  }
}
