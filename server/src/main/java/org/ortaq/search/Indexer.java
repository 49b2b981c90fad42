package org.ortaq.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the database by following the outbox: after each commit (and
 * every few seconds, for changes made by other nodes) it applies the rows it has not seen, then
 * commits the index with the last row's id. A new or lost index is rebuilt from the sources.
 */
public final class Indexer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Indexer.class);
  private static final int BATCH = 1_000;

  private final Database database;
  private final Changes changes;
  private final SearchIndex index;
  private final Map<String, SearchSource> sources;
  private final ScheduledExecutorService worker;
  private final AtomicBoolean pending = new AtomicBoolean();
  private long mark;

  public Indexer(Database database, Changes changes, SearchIndex index, List<SearchSource> sources) {
    this.database = database;
    this.changes = changes;
    this.index = index;
    this.sources = sources.stream().collect(Collectors.toMap(SearchSource::kind, Function.identity()));
    this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "ortaq-indexer");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Catches up with the database (or rebuilds a missing index) on the indexer's thread, so that
   * the server answers meanwhile, then follows the outbox.
   */
  public void start() {
    worker.execute(() -> {
      try {
        synchronized (this) {
          mark = index.outboxMark();
          if (mark < 0) {
            rebuild();
          } else {
            catchUp();
          }
        }
      } catch (RuntimeException e) {
        log.warn("search index not brought up to date reason={}", e.toString());
      }
    });
    changes.subscribe(keys -> signal());
    worker.scheduleWithFixedDelay(this::followGuarded, 2, 2, TimeUnit.SECONDS);
  }

  /** Waits until the indexer has done everything asked of it so far (tests, ortaq reindex). */
  public void awaitIdle() {
    try {
      worker.submit(() -> { }).get(5, TimeUnit.MINUTES);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the indexer did not finish", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the worker to apply new outbox rows soon. */
  public void signal() {
    if (pending.compareAndSet(false, true)) {
      worker.execute(this::followGuarded);
    }
  }

  /** Applies every outbox row not yet in the index; returns how many rows it read. */
  public synchronized int catchUp() {
    int read = 0;
    while (true) {
      List<Changes.Change> rows = database.read(handle -> changes.since(handle, mark, BATCH));
      if (rows.isEmpty()) {
        break;
      }
      for (Changes.Change row : rows) {
        apply(row);
      }
      mark = rows.get(rows.size() - 1).id();
      read += rows.size();
    }
    if (read > 0) {
      index.refresh();
      index.commit(mark);
    }
    return read;
  }

  /**
   * What a rebuild did: how many documents, the time adding them and merging them, and into how
   * many segments (one per core, merged side by side).
   */
  public record Rebuild(int documents, Duration adding, Duration merging, int segments) {}

  /** Drops the index and reads every document from its source again. */
  public synchronized Rebuild rebuild() {
    long latest = database.read(changes::latest);
    long started = System.nanoTime();
    index.clear();
    int count = index.addAll(sink -> sources.values().forEach(source -> source.all(sink)));
    long added = System.nanoTime();
    index.mergeSegments();
    mark = latest;
    index.refresh();
    index.commit(mark);
    var rebuild = new Rebuild(count, Duration.ofNanos(added - started), Duration.ofNanos(System.nanoTime() - added),
        index.segments());
    log.info("search index rebuilt documents={} adding_ms={} merging_ms={} segments={}", count,
        rebuild.adding().toMillis(), rebuild.merging().toMillis(), rebuild.segments());
    catchUp();
    return rebuild;
  }

  private void followGuarded() {
    pending.set(false);
    try {
      bringUpToDate();
    } catch (RuntimeException e) {
      log.warn("search index not updated reason={}", e.toString());
    }
  }

  /**
   * Catches up, or rebuilds when the index still counts as missing (a rebuild that failed, say
   * after an upgrade to a new index schema: replaying the outbox would fill only part of it).
   */
  private synchronized void bringUpToDate() {
    if (mark < 0) {
      rebuild();
    } else {
      catchUp();
    }
  }

  private void apply(Changes.Change change) {
    for (SearchSource source : sources.values()) {
      if (source.follows(change.kind())) {
        for (long id : source.affected(change.entityId())) {
          source.find(id).ifPresentOrElse(index::put, () -> index.remove(source.kind(), id));
        }
      }
    }
  }

  @Override
  public void close() {
    worker.shutdown();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
