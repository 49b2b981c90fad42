package org.ortaq.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.ortaq.text.Language;

/** Reads and writes events; every statement it runs is in this file. */
public final class EventStore {

  public long insert(Handle handle, NewEvent event, Instant now) {
    long id =
        handle
            .createQuery(
                """
                INSERT INTO event (slug, kind, starts_at, ends_at, time_zone, venue_name, city, country,
                                   rrule, sample, created_at, updated_at)
                VALUES (:slug, :kind, :starts, :ends, :zone, :venue, :city, :country, :rrule, :sample,
                        :now, :now)
                RETURNING id
                """)
            .bind("slug", event.slug())
            .bind("kind", event.kind().code())
            .bind("starts", event.start().toInstant().toEpochMilli())
            .bind("ends", event.end().toInstant().toEpochMilli())
            .bind("zone", event.start().getZone().getId())
            .bind("venue", event.venueName())
            .bind("city", event.city())
            .bind("country", event.country())
            .bind("rrule", event.rrule())
            .bind("sample", event.sample())
            .bind("now", now.toEpochMilli())
            .mapTo(Long.class)
            .one();
    var texts =
        handle.prepareBatch(
            "INSERT INTO event_text (event_id, language, title, description)"
                + " VALUES (:id, :language, :title, :description)");
    event
        .texts()
        .forEach(
            (language, text) ->
                texts
                    .bind("id", id)
                    .bind("language", language.code())
                    .bind("title", text.title())
                    .bind("description", text.description())
                    .add());
    texts.execute();
    var organizers =
        handle.prepareBatch(
            "INSERT INTO event_organizer (event_id, organization_id) VALUES (:id, :organization)");
    for (long organization : event.organizerIds()) {
      organizers.bind("id", id).bind("organization", organization).add();
    }
    if (!event.organizerIds().isEmpty()) {
      organizers.execute();
    }
    return id;
  }

  /** Every event, earliest first. */
  public List<Event> all(Handle handle) {
    Map<Long, Map<Language, EventText>> texts = new HashMap<>();
    handle
        .createQuery("SELECT event_id, language, title, description FROM event_text")
        .mapToMap()
        .forEach(
            row ->
                Language.of((String) row.get("language"))
                    .ifPresent(
                        language ->
                            texts
                                .computeIfAbsent(
                                    ((Number) row.get("event_id")).longValue(),
                                    k -> new EnumMap<>(Language.class))
                                .put(
                                    language,
                                    new EventText(
                                        (String) row.get("title"),
                                        (String) row.get("description")))));
    return handle
        .createQuery("SELECT * FROM event ORDER BY starts_at, id")
        .map(
            (row, context) -> {
              ZoneId zone = ZoneId.of(row.getString("time_zone"));
              long id = row.getLong("id");
              return new Event(
                  id,
                  row.getString("slug"),
                  EventKind.parse(row.getString("kind")),
                  Instant.ofEpochMilli(row.getLong("starts_at")).atZone(zone),
                  Instant.ofEpochMilli(row.getLong("ends_at")).atZone(zone),
                  row.getString("venue_name"),
                  row.getString("city"),
                  row.getString("country"),
                  row.getString("rrule"),
                  row.getBoolean("sample"),
                  texts.getOrDefault(id, Map.of()));
            })
        .list();
  }

  public long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM event").mapTo(Long.class).one();
  }
}
