package org.ortaq.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.ortaq.text.Language;

/** Reads and writes events, their registrations and linked articles; every statement is here. */
public final class EventStore {

  public long insert(Handle handle, NewEvent event, Instant now) {
    Venue venue = event.venue();
    long id = handle.createQuery("""
            INSERT INTO event (slug, kind, starts_at, ends_at, time_zone, venue_name, city, country,
                               address, latitude, longitude, online_url, rrule, capacity, sample,
                               created_at, updated_at)
            VALUES (:slug, :kind, :starts, :ends, :zone, :venue, :city, :country, :address, :latitude,
                    :longitude, :online, :rrule, :capacity, :sample, :now, :now)
            RETURNING id
            """)
        .bind("slug", event.slug())
        .bind("kind", event.kind().code())
        .bind("starts", event.start().toInstant().toEpochMilli())
        .bind("ends", event.end().toInstant().toEpochMilli())
        .bind("zone", event.start().getZone().getId())
        .bind("venue", venue.name())
        .bind("city", venue.city())
        .bind("country", venue.country())
        .bind("address", venue.address())
        .bind("latitude", venue.located() ? venue.latitude() : null)
        .bind("longitude", venue.located() ? venue.longitude() : null)
        .bind("online", event.onlineUrl())
        .bind("rrule", event.rrule())
        .bind("capacity", event.capacity())
        .bind("sample", event.sample())
        .bind("now", now.toEpochMilli())
        .mapTo(Long.class)
        .one();
    insertParts(handle, id, event);
    return id;
  }

  /**
   * Replaces the event's fields, texts, organizers and linked articles; its registrations and
   * cancellation stay as they are.
   */
  public void update(Handle handle, long id, NewEvent event, Instant now) {
    Venue venue = event.venue();
    handle.createUpdate("""
            UPDATE event SET slug = :slug, kind = :kind, starts_at = :starts, ends_at = :ends, time_zone = :zone,
                             venue_name = :venue, city = :city, country = :country, address = :address,
                             latitude = :latitude, longitude = :longitude, online_url = :online, rrule = :rrule,
                             capacity = :capacity, updated_at = :now
            WHERE id = :id
            """)
        .bind("id", id)
        .bind("slug", event.slug())
        .bind("kind", event.kind().code())
        .bind("starts", event.start().toInstant().toEpochMilli())
        .bind("ends", event.end().toInstant().toEpochMilli())
        .bind("zone", event.start().getZone().getId())
        .bind("venue", venue.name())
        .bind("city", venue.city())
        .bind("country", venue.country())
        .bind("address", venue.address())
        .bind("latitude", venue.located() ? venue.latitude() : null)
        .bind("longitude", venue.located() ? venue.longitude() : null)
        .bind("online", event.onlineUrl())
        .bind("rrule", event.rrule())
        .bind("capacity", event.capacity())
        .bind("now", now.toEpochMilli())
        .execute();
    for (String table : new String[] {"event_text", "event_organizer", "event_article"}) {
      handle.createUpdate("DELETE FROM " + table + " WHERE event_id = :id").bind("id", id).execute();
    }
    insertParts(handle, id, event);
  }

  public void cancel(Handle handle, long id, Instant now) {
    handle.createUpdate("UPDATE event SET cancelled_at = :now, updated_at = :now WHERE id = :id AND cancelled_at IS NULL")
        .bind("id", id).bind("now", now.toEpochMilli()).execute();
  }

  /** Deletes the event and everything that hangs on it (spelled out: SQLite may run without FK cascades). */
  public void delete(Handle handle, long id) {
    for (String table : new String[] {"event_registration", "event_article", "event_organizer", "event_text"}) {
      handle.createUpdate("DELETE FROM " + table + " WHERE event_id = :id").bind("id", id).execute();
    }
    handle.createUpdate("DELETE FROM event WHERE id = :id").bind("id", id).execute();
  }

  /** Every registration, confirmed or waiting. */
  public long registrationCount(Handle handle, long eventId) {
    return handle.createQuery("SELECT COUNT(*) FROM event_registration WHERE event_id = :id")
        .bind("id", eventId).mapTo(Long.class).one();
  }

  /**
   * Confirms waiting registrations, first come first served, while places are left under
   * {@code capacity} (0: all of them); returns how many moved up.
   */
  public int promote(Handle handle, long eventId, int capacity) {
    List<Long> waiting = handle.createQuery(
            "SELECT id FROM event_registration WHERE event_id = :id AND status = 'waiting' ORDER BY created_at, id")
        .bind("id", eventId).mapTo(Long.class).list();
    long free = capacity == 0 ? waiting.size() : Math.max(0, capacity - confirmed(handle, eventId));
    List<Long> promoted = waiting.subList(0, (int) Math.min(free, waiting.size()));
    if (!promoted.isEmpty()) {
      handle.createUpdate("UPDATE event_registration SET status = 'confirmed' WHERE id IN (<ids>)")
          .bindList("ids", promoted).execute();
    }
    return promoted.size();
  }

  private static void insertParts(Handle handle, long id, NewEvent event) {
    var texts = handle.prepareBatch(
        "INSERT INTO event_text (event_id, language, title, description) VALUES (:id, :language, :title, :description)");
    event.texts().forEach((language, text) -> texts.bind("id", id).bind("language", language.code())
        .bind("title", text.title()).bind("description", text.description()).add());
    texts.execute();
    for (long organization : event.organizerIds()) {
      handle.createUpdate("INSERT INTO event_organizer (event_id, organization_id) VALUES (:id, :organization)")
          .bind("id", id).bind("organization", organization).execute();
    }
    for (long article : event.articleIds()) {
      handle.createUpdate("INSERT INTO event_article (event_id, article_id) VALUES (:id, :article)")
          .bind("id", id).bind("article", article).execute();
    }
  }

  public boolean slugTaken(Handle handle, String slug) {
    return slugTaken(handle, slug, 0);
  }

  /** Whether another event than {@code exceptId} has the slug. */
  public boolean slugTaken(Handle handle, String slug, long exceptId) {
    return handle.createQuery("SELECT COUNT(*) FROM event WHERE slug = :slug AND id <> :except").bind("slug", slug)
        .bind("except", exceptId).mapTo(Long.class).one() > 0;
  }

  /** Every event, earliest first. */
  public List<Event> all(Handle handle) {
    return events(handle, "SELECT * FROM event ORDER BY starts_at, id", Map.of());
  }

  public Optional<Event> find(Handle handle, long id) {
    return events(handle, "SELECT * FROM event WHERE id = :id", Map.of("id", id)).stream().findFirst();
  }

  public Optional<Event> findBySlug(Handle handle, String slug) {
    return events(handle, "SELECT * FROM event WHERE slug = :slug", Map.of("slug", slug)).stream().findFirst();
  }

  public long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM event").mapTo(Long.class).one();
  }

  /**
   * Takes the event's row lock until the transaction ends, so that two registrations for the
   * last place are counted one after the other (SQLite already serializes writers).
   */
  public void lock(Handle handle, long eventId) {
    handle.createUpdate("UPDATE event SET updated_at = updated_at WHERE id = :id").bind("id", eventId).execute();
  }

  public long confirmed(Handle handle, long eventId) {
    return handle.createQuery("SELECT COUNT(*) FROM event_registration WHERE event_id = :id AND status = 'confirmed'")
        .bind("id", eventId).mapTo(Long.class).one();
  }

  public boolean registered(Handle handle, long eventId, String email) {
    return handle.createQuery("SELECT COUNT(*) FROM event_registration WHERE event_id = :id AND email = :email")
        .bind("id", eventId).bind("email", email).mapTo(Long.class).one() > 0;
  }

  public long register(Handle handle, long eventId, String name, String email, String organization,
      boolean waiting, Instant now) {
    return handle.createQuery("""
            INSERT INTO event_registration (event_id, name, email, organization, status, created_at)
            VALUES (:event, :name, :email, :organization, :status, :now)
            RETURNING id
            """)
        .bind("event", eventId).bind("name", name).bind("email", email).bind("organization", organization)
        .bind("status", waiting ? "waiting" : "confirmed").bind("now", now.toEpochMilli())
        .mapTo(Long.class).one();
  }

  /** Registrations in the order they came: confirmed and waiting. */
  public List<Registration> registrations(Handle handle, long eventId) {
    return handle.createQuery("SELECT * FROM event_registration WHERE event_id = :id ORDER BY created_at, id")
        .bind("id", eventId)
        .map((row, context) -> new Registration(row.getLong("id"), row.getLong("event_id"), row.getString("name"),
            row.getString("email"), row.getString("organization"), "waiting".equals(row.getString("status")),
            Instant.ofEpochMilli(row.getLong("created_at"))))
        .list();
  }

  private List<Event> events(Handle handle, String sql, Map<String, Object> binds) {
    var query = handle.createQuery(sql);
    binds.forEach(query::bind);
    List<Row> rows = query.map(EventStore::row).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<Language, EventText>> texts = new HashMap<>();
    Map<Long, List<Long>> organizers = new HashMap<>();
    Map<Long, List<Long>> articles = new HashMap<>();
    List<Long> ids = rows.stream().map(Row::id).toList();
    handle.createQuery("SELECT event_id, language, title, description FROM event_text WHERE event_id IN (<ids>)")
        .bindList("ids", ids)
        .map((row, context) -> new TextRow(row.getLong("event_id"), row.getString("language"),
            new EventText(row.getString("title"), row.getString("description"))))
        .forEach(text -> Language.of(text.language()).ifPresent(language -> texts
            .computeIfAbsent(text.eventId(), k -> new EnumMap<>(Language.class)).put(language, text.text())));
    pairs(handle, "SELECT event_id, organization_id FROM event_organizer WHERE event_id IN (<ids>) ORDER BY organization_id",
        ids, organizers);
    pairs(handle, "SELECT event_id, article_id FROM event_article WHERE event_id IN (<ids>) ORDER BY article_id",
        ids, articles);
    var events = new ArrayList<Event>();
    for (Row row : rows) {
      events.add(new Event(row.id, row.slug, row.kind, row.start, row.end, row.venue, row.onlineUrl, row.rrule,
          row.capacity, row.sample, texts.getOrDefault(row.id, Map.of()), organizers.getOrDefault(row.id, List.of()),
          articles.getOrDefault(row.id, List.of()), row.cancelled));
    }
    return events;
  }

  private static void pairs(Handle handle, String sql, List<Long> ids, Map<Long, List<Long>> into) {
    handle.createQuery(sql).bindList("ids", ids)
        .map((row, context) -> new long[] {row.getLong(1), row.getLong(2)})
        .forEach(pair -> into.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
  }

  private static Row row(ResultSet row, org.jdbi.v3.core.statement.StatementContext context) throws SQLException {
    ZoneId zone = ZoneId.of(row.getString("time_zone"));
    double latitude = row.getDouble("latitude");
    boolean located = !row.wasNull();
    double longitude = row.getDouble("longitude");
    located = located && !row.wasNull();
    return new Row(row.getLong("id"), row.getString("slug"), EventKind.parse(row.getString("kind")),
        Instant.ofEpochMilli(row.getLong("starts_at")).atZone(zone), Instant.ofEpochMilli(row.getLong("ends_at")).atZone(zone),
        new Venue(row.getString("venue_name"), row.getString("city"), row.getString("country").strip(),
            row.getString("address"), located, latitude, longitude),
        row.getString("online_url"), row.getString("rrule"), row.getInt("capacity"), row.getBoolean("sample"),
        cancelled(row));
  }

  private static boolean cancelled(ResultSet row) throws SQLException {
    row.getLong("cancelled_at");
    return !row.wasNull();
  }

  private record TextRow(long eventId, String language, EventText text) {}

  private record Row(long id, String slug, EventKind kind, java.time.ZonedDateTime start, java.time.ZonedDateTime end,
      Venue venue, String onlineUrl, String rrule, int capacity, boolean sample, boolean cancelled) {}
}
