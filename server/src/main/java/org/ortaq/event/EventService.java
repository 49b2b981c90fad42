package org.ortaq.event;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Conflict;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;

/**
 * Events and their registrations: organizers create, change, cancel and delete events, anyone
 * registers (a waiting list when full), organizers read and export the list. Each change is one
 * transaction with its outbox row and audit entry.
 */
public final class EventService {
  /** The cache key of every list, calendar and feed of events. */
  public static final String EVENTS = "events";
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}$");

  private final Database database;
  private final EventStore store;
  private final OrganizationService organizations;
  private final ArticleLinks articles;
  private final Changes changes;
  private final AuditLog audit;
  private final Clock clock;

  public EventService(Database database, EventStore store, OrganizationService organizations, ArticleLinks articles,
      Changes changes, AuditLog audit, Clock clock) {
    this.database = database;
    this.store = store;
    this.organizations = organizations;
    this.articles = articles;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates an event; the actor must be an admin or editor of every organizing organization. */
  public Event create(Actor actor, EventInput input) {
    NewEvent event = EventRules.check(input, slug -> organizations.findBySlug(slug).map(Organization::id), articles);
    requireOrganizer(actor, event.organizerIds(), "create");
    Set<String> keys = keys(event.organizerIds());
    long id = database.inTransaction(handle -> {
      if (store.slugTaken(handle, event.slug())) {
        throw new Invalid("slug", "'" + event.slug() + "' is already taken");
      }
      long created = store.insert(handle, event, clock.instant());
      keys.add("event:" + event.slug());
      changes.record(handle, "event.created", created, keys, clock.instant());
      audit.record(handle, actor, event.organizerIds().isEmpty() ? 0 : event.organizerIds().get(0), "event.created", "event", created, null, event);
      return created;
    });
    changes.announce(keys);
    return find(id).orElseThrow();
  }

  /**
   * Changes event {@code id} to what {@code input} says, checked as {@link #create} checks it; the
   * actor must be an admin or editor of every organizer, before and after. Registrations stay; a
   * capacity raised moves waiting registrations up, first come first served.
   */
  public Event update(Actor actor, long id, EventInput input) {
    Event current = find(id).orElseThrow(() -> new NotFound("event", id));
    requireOrganizer(actor, current.organizerIds(), "change");
    NewEvent event = EventRules.check(input, slug -> organizations.findBySlug(slug).map(Organization::id), articles);
    requireOrganizer(actor, event.organizerIds(), "change");
    Set<String> keys = keys(event.organizerIds());
    keys.add("event:" + event.slug());
    Instant now = clock.instant();
    database.inTransaction(handle -> {
      store.lock(handle, id);
      Event before = store.find(handle, id).orElseThrow(() -> new NotFound("event", id));
      requireOrganizer(actor, before.organizerIds(), "change");
      if (store.slugTaken(handle, event.slug(), id)) {
        throw new Invalid("slug", "'" + event.slug() + "' is already taken");
      }
      store.update(handle, id, event, now);
      store.promote(handle, id, event.capacity());
      keys.addAll(keys(before.organizerIds()));
      keys.add("event:" + before.slug());
      changes.record(handle, "event.updated", id, keys, now);
      audit.record(handle, actor, event.organizerIds().get(0), "event.updated", "event", id, before,
          store.find(handle, id).orElseThrow());
      return id;
    });
    changes.announce(keys);
    return find(id).orElseThrow();
  }

  /**
   * Cancels event {@code id}: it keeps its page, marked cancelled, its place in the feeds (with
   * STATUS:CANCELLED, so subscribed calendars follow) and its registrations, so that organizers can
   * tell the people who registered; registration closes. Cancelling twice changes nothing.
   */
  public Event cancel(Actor actor, long id) {
    Event current = find(id).orElseThrow(() -> new NotFound("event", id));
    requireOrganizer(actor, current.organizerIds(), "cancel");
    if (current.cancelled()) {
      return current;
    }
    Set<String> keys = keys(current.organizerIds());
    keys.add("event:" + current.slug());
    Instant now = clock.instant();
    database.inTransaction(handle -> {
      store.lock(handle, id);
      Event before = store.find(handle, id).orElseThrow(() -> new NotFound("event", id));
      store.cancel(handle, id, now);
      changes.record(handle, "event.cancelled", id, keys, now);
      audit.record(handle, actor, firstOrganizer(before), "event.cancelled", "event", id, before,
          store.find(handle, id).orElseThrow());
      return id;
    });
    changes.announce(keys);
    return find(id).orElseThrow();
  }

  /**
   * Deletes event {@code id} for good: for mistakes and duplicates. An event with registrations is
   * refused (cancel it instead), because deleting would lose the people who registered.
   */
  public void delete(Actor actor, long id) {
    Event current = find(id).orElseThrow(() -> new NotFound("event", id));
    requireOrganizer(actor, current.organizerIds(), "delete");
    Set<String> keys = keys(current.organizerIds());
    keys.add("event:" + current.slug());
    Instant now = clock.instant();
    database.inTransaction(handle -> {
      store.lock(handle, id);
      Event before = store.find(handle, id).orElseThrow(() -> new NotFound("event", id));
      long registered = store.registrationCount(handle, id);
      if (registered > 0) {
        throw new Conflict("the event has " + registered + " registration(s); cancel it instead, which keeps them");
      }
      store.delete(handle, id);
      changes.record(handle, "event.deleted", id, keys, now);
      audit.record(handle, actor, firstOrganizer(before), "event.deleted", "event", id, before, null);
      return id;
    });
    changes.announce(keys);
  }

  /** Every registration of event {@code id}, confirmed or waiting. */
  public long registrationCount(long id) {
    return database.read(handle -> store.registrationCount(handle, id));
  }

  public Optional<Event> find(long id) {
    return database.read(handle -> store.find(handle, id));
  }

  public Optional<Event> findBySlug(String slug) {
    return database.read(handle -> store.findBySlug(handle, slug));
  }

  public Event require(String idOrSlug) {
    Optional<Event> event = idOrSlug.matches("\\d{1,18}") ? find(Long.parseLong(idOrSlug)) : findBySlug(idOrSlug);
    return event.orElseThrow(() -> new NotFound("event", idOrSlug));
  }

  public List<Event> all() {
    return database.read(store::all);
  }

  public List<Event> ofOrganization(long organizationId) {
    return all().stream().filter(e -> e.organizerIds().contains(organizationId)).toList();
  }

  /** Occurrences that have not ended yet, soonest first; a series contributes at most {@code perSeries}. */
  public List<Occurrence> upcoming(List<Event> events, int perSeries, int limit) {
    ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
    var out = new ArrayList<Occurrence>();
    events.forEach(event -> out.addAll(Recurrence.next(event, now, perSeries)));
    out.sort(Comparator.comparing(Occurrence::start));
    return out.stream().limit(limit).toList();
  }

  /** Occurrences that ended, latest first; a series contributes its past dates (bounded). */
  public List<Occurrence> past(List<Event> events, int limit) {
    ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
    var out = new ArrayList<Occurrence>();
    for (Event event : events) {
      for (Occurrence occurrence : Recurrence.between(event, event.start(), now, Recurrence.MAX_OCCURRENCES)) {
        if (!occurrence.end().isAfter(now)) {
          out.add(occurrence);
        }
      }
    }
    out.sort(Comparator.comparing(Occurrence::start).reversed());
    return out.stream().limit(limit).toList();
  }

  /** Every occurrence overlapping [from, to), earliest first. */
  public List<Occurrence> between(ZonedDateTime from, ZonedDateTime to) {
    var out = new ArrayList<Occurrence>();
    all().forEach(event -> out.addAll(Recurrence.between(event, from, to, Recurrence.MAX_OCCURRENCES)));
    out.sort(Comparator.comparing(Occurrence::start));
    return out;
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * Drops the cached event lists, calendars and organization pages, whose "upcoming" and "past"
   * move with the clock rather than with a write; the timer calls it every quarter hour.
   */
  public int refreshLists() {
    var keys = new LinkedHashSet<String>();
    keys.add(EVENTS);
    all().forEach(event -> event.organizerIds().forEach(organizer -> keys.add("organization:" + organizer)));
    changes.announce(keys);
    return keys.size();
  }

  /**
   * Registers someone for event {@code id}: confirmed while places are left, else on the waiting
   * list. The count and the insert happen under the event's row lock, in one transaction.
   */
  public Registration register(long id, String name, String email, String organization) {
    var errors = new ArrayList<Invalid.FieldError>();
    String cleanName = name == null ? "" : name.strip();
    String cleanEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    String cleanOrganization = organization == null ? "" : organization.strip();
    if (cleanName.isEmpty() || cleanName.length() > 200) {
      errors.add(new Invalid.FieldError("name", "must have 1 to 200 characters"));
    }
    if (!EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 320) {
      errors.add(new Invalid.FieldError("email", "is not an email address"));
    }
    if (cleanOrganization.length() > 300) {
      errors.add(new Invalid.FieldError("organization", "is longer than 300 characters"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    Event event = find(id).orElseThrow(() -> new NotFound("event", id));
    if (event.cancelled()) {
      throw new Conflict("the event is cancelled; registration is closed");
    }
    if (Recurrence.next(event, clock.instant().atZone(ZoneOffset.UTC), 1).isEmpty()) {
      throw new Conflict("the event is over; registration is closed");
    }
    Instant now = clock.instant();
    Set<String> keys = Set.of("event:" + event.slug());
    Registration registration = database.inTransaction(handle -> {
      store.lock(handle, id);
      if (store.registered(handle, id, cleanEmail)) {
        throw new Conflict(cleanEmail + " is already registered for this event");
      }
      boolean waiting = event.capacity() > 0 && store.confirmed(handle, id) >= event.capacity();
      long created = store.register(handle, id, cleanName, cleanEmail, cleanOrganization, waiting, now);
      changes.record(handle, "event.registered", id, keys, now);
      return new Registration(created, id, cleanName, cleanEmail, cleanOrganization, waiting, now);
    });
    changes.announce(keys);
    return registration;
  }

  /** Confirmed registrations, for the event page's "places left". */
  public long confirmed(long id) {
    return database.read(handle -> store.confirmed(handle, id));
  }

  /** The registrations of event {@code id}; organizers (admins and editors) only. */
  public List<Registration> registrations(Actor actor, long id) {
    Event event = find(id).orElseThrow(() -> new NotFound("event", id));
    if (event.organizerIds().stream().noneMatch(organizer -> actor.has(organizer, Role.ADMIN, Role.EDITOR))) {
      throw new Forbidden("only the event's organizers see its registrations");
    }
    return database.read(handle -> store.registrations(handle, id));
  }

  /** The registrations as RFC 4180 CSV with a header line. */
  public String registrationsCsv(Actor actor, long id) {
    var out = new StringBuilder("name,email,organization,status,registered_at\r\n");
    for (Registration registration : registrations(actor, id)) {
      out.append(csv(registration.name())).append(',').append(csv(registration.email())).append(',')
          .append(csv(registration.organization())).append(',').append(registration.status()).append(',')
          .append(registration.createdAt()).append("\r\n");
    }
    return out.toString();
  }

  public List<ArticleLinks.Link> linkedArticles(Event event) {
    return event.articleIds().stream().map(articles::find).flatMap(Optional::stream).toList();
  }

  /** Quotes a CSV field; a leading =, +, - or @ is neutralized so spreadsheets do not run it. */
  static String csv(String value) {
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  /** Mirrors {@link #create}: an admin or editor of each organizer, or a platform admin. */
  private void requireOrganizer(Actor actor, List<Long> organizers, String verb) {
    for (long organizer : organizers) {
      if (!actor.has(organizer, Role.ADMIN, Role.EDITOR)) {
        throw new Forbidden("only an admin or editor of each organizer may " + verb + " the event; not of "
            + organizations.require(organizer).slug());
      }
    }
  }

  private static long firstOrganizer(Event event) {
    return event.organizerIds().isEmpty() ? 0 : event.organizerIds().get(0);
  }

  private static Set<String> keys(List<Long> organizers) {
    var keys = new LinkedHashSet<String>();
    keys.add(EVENTS);
    organizers.forEach(organizer -> keys.add("organization:" + organizer));
    return keys;
  }
}
