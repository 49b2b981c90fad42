package org.ortaq.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ortaq.Services;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Conflict;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.organization.OrganizationInput;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Database;
import org.ortaq.store.TestClock;
import org.ortaq.store.TestDatabases;
import org.ortaq.text.Language;

/** Changing, cancelling and deleting events on both databases: rules, outbox, audit log. */
class EventChangesTest {
  private static final Actor ADMIN = new Actor(1, "Admin", true, Map.of());

  @TempDir Path dir;

  private final TestClock clock = new TestClock(Instant.parse("2026-05-01T08:00:00Z"));
  private final List<Set<String>> announced = new ArrayList<>();
  private Services services;
  private long baku;
  private long istanbul;

  private static EventInput input(String slug, int capacity) {
    return new EventInput(slug, "conference", List.of("baku"), Map.of("az", "Şuşa konfransı", "en", "Shusha conference"),
        Map.of("en", "<p>Annual conference</p>"), "2026-06-15T10:00", "2026-06-15T18:00", "Asia/Baku",
        new EventInput.VenueInput("Congress centre", "Şuşa", "AZ", "", null, null), "", "", capacity, List.of());
  }

  private EventService open(Database database) {
    services = Services.create(database, clock);
    baku = services.organizations().create(ADMIN, new OrganizationInput("baku", Map.of("az", "Bakı"), null, "AZ", "Bakı",
        "Asia/Baku", List.of("az"), null, null, "member")).id();
    istanbul = services.organizations().create(ADMIN, new OrganizationInput("istanbul", Map.of("tr", "İstanbul"), null,
        "TR", "İstanbul", "Europe/Istanbul", List.of("tr"), null, null, "member")).id();
    services.changes().subscribe(announced::add);
    return services.events();
  }

  private Actor editorOf(long organization) {
    return new Actor(7, "Editor", false, Map.of(organization, Set.of(Role.EDITOR)));
  }

  private List<AuditLog.Entry> audit(Database database) {
    return database.read(handle -> services.audit().newest(handle, 0, 20));
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void changesAnEventAndTellsTheCacheAndSearchAboutTheOldAndNewAddress(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      EventService events = open(database);
      Event event = events.create(editorOf(baku), input("shusha", 0));
      announced.clear();
      var changed = new EventInput("shusha-2026", "forum", List.of("baku"), Map.of("en", "Shusha forum"), Map.of(),
          "2026-06-16T09:00", "2026-06-16T17:00", "Europe/Istanbul", null, "https://meet.example/shusha", "", 50, List.of());

      Event updated = events.update(editorOf(baku), event.id(), changed);

      assertThat(updated.slug()).isEqualTo("shusha-2026");
      assertThat(updated.kind()).isEqualTo(EventKind.FORUM);
      assertThat(updated.texts()).containsOnlyKeys(Language.EN);
      assertThat(updated.start().toString()).isEqualTo("2026-06-16T09:00+03:00[Europe/Istanbul]");
      assertThat(updated.onlineUrl()).isEqualTo("https://meet.example/shusha");
      assertThat(updated.capacity()).isEqualTo(50);
      assertThat(announced).singleElement().satisfies(keys -> assertThat(keys)
          .contains(EventService.EVENTS, "organization:" + baku, "event:shusha", "event:shusha-2026"));
      long outbox = database.read(handle -> services.changes().since(handle, 0, 100)).stream()
          .filter(change -> change.kind().equals("event.updated") && change.entityId() == event.id()).count();
      assertThat(outbox).isEqualTo(1);
      AuditLog.Entry entry = audit(database).get(0);
      assertThat(entry.action()).isEqualTo("event.updated");
      assertThat(entry.organizationId()).isEqualTo(baku);
      assertThat(entry.before()).contains("Şuşa konfransı").doesNotContain("Shusha forum");
      assertThat(entry.after()).contains("Shusha forum").doesNotContain("Şuşa konfransı");
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void reportsEveryBadFieldOfAChangeAndWritesNothing(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      EventService events = open(database);
      Event event = events.create(ADMIN, input("shusha", 0));
      Event other = events.create(ADMIN, input("other", 0));
      long outboxBefore = database.read(services.changes()::latest);
      var bad = new EventInput("other", "party", List.of("baku"), Map.of("en", ""), Map.of(), "2026-06-15T10:00",
          "2026-06-14T10:00", "Asia/Baku", null, "", "FREQ=SOMETIMES", -5, List.of());

      assertThatThrownBy(() -> events.update(ADMIN, event.id(), bad)).isInstanceOfSatisfying(Invalid.class, e ->
          assertThat(e.errors()).extracting(Invalid.FieldError::field)
              .contains("kind", "titles.en", "end", "venue", "rrule", "capacity"));
      assertThatThrownBy(() -> events.update(ADMIN, event.id(), input(other.slug(), 0)))
          .isInstanceOfSatisfying(Invalid.class, e ->
              assertThat(e.errors()).extracting(Invalid.FieldError::field).containsExactly("slug"));

      assertThat(events.find(event.id())).contains(event);
      assertThat(database.read(services.changes()::latest)).isEqualTo(outboxBefore);
      assertThat(events.update(ADMIN, event.id(), input("shusha", 0)).slug()).isEqualTo("shusha");
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void letsOnlyAdminsAndEditorsOfEveryOrganizerChangeCancelOrDelete(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      EventService events = open(database);
      Event event = events.create(ADMIN, input("shusha", 0));
      Actor author = new Actor(8, "Author", false, Map.of(baku, Set.of(Role.AUTHOR)));
      for (Actor stranger : List.of(editorOf(istanbul), author, Actor.ANONYMOUS)) {
        assertThatThrownBy(() -> events.update(stranger, event.id(), input("taken-over", 0))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> events.cancel(stranger, event.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> events.delete(stranger, event.id())).isInstanceOf(Forbidden.class);
      }
      var joint = new EventInput("shusha", "conference", List.of("baku", "istanbul"), Map.of("en", "Joint"), Map.of(),
          "2026-06-15T10:00", "", "Asia/Baku", null, "https://meet.example", "", 0, List.of());
      assertThatThrownBy(() -> events.update(editorOf(baku), event.id(), joint)).isInstanceOf(Forbidden.class);
      assertThat(events.find(event.id())).contains(event);

      Event shared = events.update(ADMIN, event.id(), joint);
      assertThat(shared.organizerIds()).containsExactlyInAnyOrder(baku, istanbul);
      assertThatThrownBy(() -> events.update(editorOf(baku), event.id(), input("shusha", 0))).isInstanceOf(Forbidden.class);
      var both = new Actor(9, "Both", false, Map.of(baku, Set.of(Role.ADMIN), istanbul, Set.of(Role.EDITOR)));
      assertThat(events.update(both, event.id(), input("shusha", 0)).organizerIds()).containsExactly(baku);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void confirmsTheWaitingListInOrderWhenTheCapacityGrows(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      EventService events = open(database);
      Event event = events.create(ADMIN, input("small", 1));
      for (String name : List.of("first", "second", "third", "fourth")) {
        events.register(event.id(), name, name + "@example.org", "");
        clock.advance(java.time.Duration.ofMinutes(1));
      }
      events.update(ADMIN, event.id(), input("small", 3));
      assertThat(events.registrations(ADMIN, event.id())).extracting(r -> r.name() + ":" + r.status())
          .containsExactly("first:confirmed", "second:confirmed", "third:confirmed", "fourth:waiting");
      events.update(ADMIN, event.id(), input("small", 2));
      assertThat(events.confirmed(event.id())).isEqualTo(3);
      events.update(ADMIN, event.id(), input("small", 0));
      assertThat(events.confirmed(event.id())).isEqualTo(4);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void cancelsAnEventWithRegistrationsRatherThanDeletingThem(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      EventService events = open(database);
      Event event = events.create(ADMIN, input("shusha", 0));
      events.register(event.id(), "Aysel", "aysel@example.org", "Bakı");

      assertThatThrownBy(() -> events.delete(editorOf(baku), event.id())).isInstanceOf(Conflict.class)
          .hasMessageContaining("cancel it instead");
      assertThat(events.find(event.id())).isPresent();
      announced.clear();

      Event cancelled = events.cancel(editorOf(baku), event.id());

      assertThat(cancelled.cancelled()).isTrue();
      assertThat(announced).singleElement().satisfies(keys ->
          assertThat(keys).contains(EventService.EVENTS, "organization:" + baku, "event:shusha"));
      assertThat(events.registrations(ADMIN, event.id())).extracting(Registration::email).containsExactly("aysel@example.org");
      assertThatThrownBy(() -> events.register(event.id(), "Late", "late@example.org", ""))
          .isInstanceOf(Conflict.class).hasMessageContaining("cancelled");
      assertThat(audit(database).get(0).action()).isEqualTo("event.cancelled");
      assertThat(EventCalendar.write("Ortaq", List.of(cancelled), Language.EN, e -> "https://ortaq.example/e", clock.instant()))
          .contains("STATUS:CANCELLED");

      long outbox = database.read(services.changes()::latest);
      assertThat(events.cancel(editorOf(baku), event.id()).cancelled()).isTrue();
      assertThat(database.read(services.changes()::latest)).isEqualTo(outbox);
      assertThat(events.update(editorOf(baku), event.id(), input("shusha", 0)).cancelled()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void deletesAnEventNobodyRegisteredForAndFreesItsAddress(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      EventService events = open(database);
      Event event = events.create(ADMIN, input("mistake", 0));
      announced.clear();

      events.delete(editorOf(baku), event.id());

      assertThat(events.find(event.id())).isEmpty();
      assertThat(announced).singleElement().satisfies(keys -> assertThat(keys).contains(EventService.EVENTS, "event:mistake"));
      AuditLog.Entry entry = audit(database).get(0);
      assertThat(entry.action()).isEqualTo("event.deleted");
      assertThat(entry.before()).contains("mistake");
      assertThat(entry.after()).isEmpty();
      assertThat(events.create(ADMIN, input("mistake", 0)).slug()).isEqualTo("mistake");
    }
  }

  @Test
  void aPatchKeepsWhatItLeavesOutAndMergesTextsPerLanguage() {
    var current = input("shusha", 10);
    var titles = new HashMap<String, String>();
    titles.put("en", "Shusha forum");
    titles.put("az", null);
    titles.put("ru", "Форум в Шуше");
    var patch = new EventInput(null, null, null, titles, Map.of("ru", "<p>Форум</p>"), null, null, null, null, null, null,
        25, null);

    EventInput merged = current.with(patch);

    assertThat(merged.titles()).containsOnly(Map.entry("en", "Shusha forum"), Map.entry("ru", "Форум в Шуше"));
    assertThat(merged.descriptions()).containsOnly(Map.entry("en", "<p>Annual conference</p>"), Map.entry("ru", "<p>Форум</p>"));
    assertThat(merged.capacity()).isEqualTo(25);
    assertThat(merged.slug()).isEqualTo("shusha");
    assertThat(merged.venue()).isEqualTo(current.venue());
    assertThat(current.with(new EventInput(null, null, null, null, null, null, null, null, null, null, null, null, null)))
        .isEqualTo(current);
  }
}
