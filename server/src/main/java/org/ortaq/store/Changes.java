package org.ortaq.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * The outbox: each write transaction records what it changed, as cache keys, in the same
 * transaction; after the commit the keys are announced to the listeners of this node (the page
 * cache, the search index). Other nodes read the same rows (DESIGN.md).
 */
public final class Changes {
  private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();

  /** Records a change inside the caller's transaction. */
  public void record(Handle handle, String kind, long entityId, Set<String> keys, Instant now) {
    handle
        .createUpdate(
            "INSERT INTO outbox (kind, entity_id, cache_keys, created_at) VALUES (:kind, :id, :keys, :now)")
        .bind("kind", kind)
        .bind("id", entityId)
        .bind("keys", String.join(" ", keys))
        .bind("now", now.toEpochMilli())
        .execute();
  }

  /** Outbox rows after {@code afterId}, oldest first, at most {@code limit}. */
  public List<Change> since(Handle handle, long afterId, int limit) {
    return handle
        .createQuery("SELECT id, kind, entity_id FROM outbox WHERE id > :after ORDER BY id LIMIT :limit")
        .bind("after", afterId)
        .bind("limit", limit)
        .map((row, context) -> new Change(row.getLong("id"), row.getString("kind"), row.getLong("entity_id")))
        .list();
  }

  /** The newest outbox row's id, 0 when there is none. */
  public long latest(Handle handle) {
    return handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM outbox").mapTo(Long.class).one();
  }

  /** One committed change: what kind of thing changed, and which. */
  public record Change(long id, String kind, long entityId) {}

  /** Tells every listener, synchronously, that the keys changed; call after the commit. */
  public void announce(Set<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    for (Consumer<Set<String>> listener : listeners) {
      listener.accept(keys);
    }
  }

  public void subscribe(Consumer<Set<String>> listener) {
    listeners.add(listener);
  }
}
