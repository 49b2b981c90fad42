package org.ortaq.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
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
import org.ortaq.store.Database;
import org.ortaq.store.TestClock;
import org.ortaq.store.TestDatabases;
import org.ortaq.text.Language;

/** Events on both databases: creation, capacity and the waiting list, recurrence, iCalendar. */
class EventServiceTest {
  private static final Actor ADMIN = new Actor(1, "Admin", true, Map.of());

  @TempDir Path dir;

  private final TestClock clock = new TestClock(Instant.parse("2026-05-01T08:00:00Z"));

  private static EventInput input(String slug, int capacity, String rrule) {
    return new EventInput(slug, "conference", List.of("baku"), Map.of("az", "Şuşa konfransı", "en", "Shusha conference"),
        Map.of("en", "<p>Annual <script>x</script>conference</p>"), "2025-06-15T10:00", "2025-06-15T18:00", "Asia/Baku",
        new EventInput.VenueInput("Congress centre", "Şuşa", "AZ", "", 39.76, 46.75), "", rrule, capacity, List.of());
  }

  private Services services(Database database) {
    Services services = Services.create(database, clock);
    services.organizations().create(ADMIN, new OrganizationInput("baku", Map.of("az", "Bakı"), null, "AZ", "Bakı",
        "Asia/Baku", List.of("az"), null, null, "member"));
    return services;
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void putsRegistrationsOverCapacityOnTheWaitingList(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      EventService events = services(database).events();
      Event event = events.create(ADMIN, input("small-meeting", 2, "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15"));
      assertThat(events.register(event.id(), "Aysel", "aysel@example.org", "Bakı").waiting()).isFalse();
      assertThat(events.register(event.id(), "Murat", "MURAT@example.org", "").waiting()).isFalse();
      assertThat(events.register(event.id(), "Leyla", "leyla@example.org", "").waiting()).isTrue();
      assertThatThrownBy(() -> events.register(event.id(), "Murat again", "murat@example.org", ""))
          .isInstanceOf(Conflict.class);
      assertThat(events.registrations(ADMIN, event.id())).extracting(Registration::status)
          .containsExactly("confirmed", "confirmed", "waiting");
      assertThat(events.registrationsCsv(ADMIN, event.id()))
          .startsWith("name,email,organization,status,registered_at\r\n\"Aysel\",\"aysel@example.org\",\"Bakı\",confirmed,");
      assertThatThrownBy(() -> events.registrations(Actor.ANONYMOUS, event.id())).isInstanceOf(Forbidden.class);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void countsConcurrentRegistrationsForTheLastPlacesOneAfterTheOther(TestDatabases kind) throws Exception {
    try (Database database = kind.open(dir)) {
      EventService events = services(database).events();
      Event event = events.create(ADMIN, input("race", 3, ""));
      clock.set(Instant.parse("2025-06-01T00:00:00Z"));
      var pool = Executors.newFixedThreadPool(8);
      List<Callable<Registration>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        int n = i;
        calls.add(() -> events.register(event.id(), "Person " + n, "p" + n + "@example.org", ""));
      }
      for (var future : pool.invokeAll(calls)) {
        future.get();
      }
      pool.shutdown();
      List<Registration> all = events.registrations(ADMIN, event.id());
      assertThat(all).hasSize(12);
      assertThat(all.stream().filter(r -> !r.waiting())).hasSize(3);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void reportsEveryInvalidFieldAndWritesNothing(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      EventService events = services(database).events();
      var bad = new EventInput("Bad Slug", "party", List.of("nobody"), Map.of("xx", ""), Map.of(), "yesterday", null,
          "Mars/Base", null, "ftp://x", "FREQ=SECONDLY", -1, List.of(99L));
      assertThatThrownBy(() -> events.create(ADMIN, bad)).isInstanceOfSatisfying(Invalid.class, e ->
          assertThat(e.errors()).extracting(Invalid.FieldError::field).contains("kind", "organizers[0]", "titles.xx",
              "time_zone", "start", "online_url", "rrule", "capacity", "articles[0]", "slug"));
      Event event = events.create(ADMIN, input("ok", 0, ""));
      assertThatThrownBy(() -> events.register(event.id(), "", "not-an-email", "x".repeat(301)))
          .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(Invalid.FieldError::field)
              .containsExactly("name", "email", "organization"));
      assertThat(events.all()).hasSize(1);
      var editor = new Actor(2, "Editor", false, Map.of(event.organizerIds().get(0), Set.of(Role.AUTHOR)));
      assertThatThrownBy(() -> events.create(editor, input("not-mine", 0, ""))).isInstanceOf(Forbidden.class);
    }
  }

  @org.junit.jupiter.api.Test
  void movesAnEventFromUpcomingToPastAsTheClockPassesItsEnd() throws Exception {
    try (Database database = TestDatabases.SQLITE.open(dir)) {
      Services services = services(database);
      EventService events = services.events();
      clock.set(Instant.parse("2025-06-01T00:00:00Z"));
      Event event = events.create(ADMIN, input("once", 0, ""));
      assertThat(events.upcoming(events.all(), 3, 10)).extracting(o -> o.event().id()).containsExactly(event.id());
      var announced = new java.util.ArrayList<Set<String>>();
      services.changes().subscribe(announced::add);
      clock.set(Instant.parse("2025-06-15T14:00:01Z"));
      assertThat(events.upcoming(events.all(), 3, 10)).isEmpty();
      assertThat(events.past(events.all(), 10)).extracting(o -> o.event().id()).containsExactly(event.id());
      events.refreshLists();
      assertThat(announced).singleElement().satisfies(keys ->
          assertThat(keys).contains(EventService.EVENTS, "organization:" + event.organizerIds().get(0)));
      assertThatThrownBy(() -> events.register(event.id(), "Late", "late@example.org", "")).isInstanceOf(Conflict.class);
    }
  }

  @org.junit.jupiter.api.Test
  void anRruleWithoutEndShowsTheNextOccurrencesAndStops() {
    ZonedDateTime start = LocalDateTime.of(2025, 6, 15, 10, 0).atZone(ZoneId.of("Asia/Baku"));
    Event conference = new Event(1, "annual", EventKind.CONFERENCE, start, start.plusHours(8), Venue.of("", "Şuşa", "AZ"),
        "", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15", 0, true, Map.of(Language.EN, new EventText("Annual", "")),
        List.of(), List.of(), false);
    List<Occurrence> next = Recurrence.next(conference, ZonedDateTime.parse("2026-11-27T10:00:00Z"), 5);
    assertThat(next).extracting(o -> o.start().toLocalDate().toString())
        .containsExactly("2027-06-15", "2028-06-15", "2029-06-15", "2030-06-15", "2031-06-15");
    Event daily = new Event(2, "daily", EventKind.ONLINE, start, start.plusHours(1), Venue.of("", "", ""), "https://x.example",
        "FREQ=DAILY", 0, false, Map.of(Language.EN, new EventText("Daily", "")), List.of(), List.of(), false);
    assertThat(Recurrence.between(daily, start, start.plusYears(1000), 1_000_000)).hasSize(Recurrence.MAX_OCCURRENCES);
    assertThat(Recurrence.problem("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15")).isEmpty();
    assertThat(Recurrence.problem("FREQ=SOMETIMES")).isPresent();
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void writesAnICalendarThatIcal4jParsesBack(TestDatabases kind) throws Exception {
    try (Database database = kind.open(dir)) {
      EventService events = services(database).events();
      Event event = events.create(ADMIN, input("shusha", 0, "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15"));
      String ics = EventCalendar.write("Ortaq", List.of(event), Language.AZ, e -> "https://ortaq.example" + e.path(Language.AZ),
          clock.instant());
      Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      calendar.validate();
      VEvent parsed = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
      assertThat(parsed.getSummary().getValue()).isEqualTo("Şuşa konfransı");
      assertThat(parsed.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15");
      assertThat(parsed.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20250615T100000");
      assertThat(ics).contains("TZID=Asia/Baku").contains("BEGIN:VTIMEZONE").contains("GEO:39.76;46.75");
      assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
    }
  }
}
