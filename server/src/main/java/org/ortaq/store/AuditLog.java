package org.ortaq.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.ortaq.access.Actor;

/** Every change, who made it, when, and the thing before and after, kept for administrators. */
public final class AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Clock clock;

  public AuditLog(Clock clock) {
    this.clock = clock;
  }

  /** Records a change inside the caller's transaction; {@code before}/{@code after} may be absent (null). */
  public void record(Handle handle, Actor actor, long organizationId, String action, String kind, long id,
      Object before, Object after) {
    handle.createUpdate(
            """
            INSERT INTO audit_log (user_id, user_name, organization_id, action, entity_kind, entity_id,
                                   before_json, after_json, created_at)
            VALUES (:user, :name, :organization, :action, :kind, :id, :before, :after, :now)
            """)
        .bind("user", actor.userId())
        .bind("name", actor.name())
        .bind("organization", organizationId == 0 ? null : organizationId)
        .bind("action", action)
        .bind("kind", kind)
        .bind("id", id)
        .bind("before", json(before))
        .bind("after", json(after))
        .bind("now", clock.instant().toEpochMilli())
        .execute();
  }

  /** The newest entries, of one organization or (0) of all. */
  public List<Entry> newest(Handle handle, long organizationId, int limit) {
    return handle.createQuery(
            "SELECT * FROM audit_log" + (organizationId == 0 ? "" : " WHERE organization_id = :organization")
                + " ORDER BY id DESC LIMIT :limit")
        .bind("organization", organizationId)
        .bind("limit", limit)
        .map((row, context) -> new Entry(row.getLong("id"), row.getString("user_name"), row.getLong("organization_id"),
            row.getString("action"), row.getString("entity_kind"), row.getLong("entity_id"),
            row.getString("before_json"), row.getString("after_json"), Instant.ofEpochMilli(row.getLong("created_at"))))
        .list();
  }

  /** One recorded change. */
  public record Entry(long id, String user, long organizationId, String action, String kind, long entityId,
      String before, String after, Instant at) {}

  private static String json(Object value) {
    if (value == null) {
      return "";
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the audit entry of " + value.getClass().getSimpleName(), e);
    }
  }
}
