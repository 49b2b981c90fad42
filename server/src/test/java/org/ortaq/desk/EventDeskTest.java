package org.ortaq.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.event.Event;
import org.ortaq.event.EventInput;
import org.ortaq.event.EventService;
import org.ortaq.store.TestClock;
import org.ortaq.web.RunningOrtaq;

/** The desk's event pages over real HTTP: the form, its errors, cancelling, deleting, the registrations. */
class EventDeskTest {
  private static final String BAKU = "sample-baku-diaspora-center";
  private static final String ISTANBUL = "sample-istanbul-azerbaijani-association";
  private static final String PASSWORD = "correct horse battery";
  private static final Actor PLATFORM = new Actor(1, "Platform", true, Map.of());

  @TempDir static Path dataDir;
  static final TestClock clock = new TestClock(Instant.parse("2026-05-04T09:00:00Z"));
  static RunningOrtaq site;
  static EventService events;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", clock);
    var services = site.ortaq().services();
    events = services.events();
    services.accounts().createUser("editor@baku.example", "Baku editor", false, "en", Map.of(BAKU, Set.of(Role.EDITOR)));
    services.signIn().setPassword("editor@baku.example", PASSWORD);
    services.accounts().createUser("editor@istanbul.example", "Istanbul editor", false, "en",
        Map.of(ISTANBUL, Set.of(Role.ADMIN, Role.EDITOR)));
    services.signIn().setPassword("editor@istanbul.example", PASSWORD);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /** A signed-in browser-like client: its own cookies, the session's CSRF token, no redirects followed. */
  static final class Desk {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    final String csrf;

    Desk(String email) {
      post("/admin/login", Map.of("_csrf", token("/admin/login"), "email", email, "password", PASSWORD));
      csrf = token("/admin/events/new");
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(site.base() + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
      var body = new StringBuilder();
      form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return send(HttpRequest.newBuilder(URI.create(site.base() + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    HttpResponse<String> submit(String path, Map<String, String> fields) {
      var form = new LinkedHashMap<String, String>(fields);
      form.put("_csrf", csrf);
      return post(path, form);
    }

    private String token(String path) {
      Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
      assertThat(matcher.find()).as("a CSRF field on " + path).isTrue();
      return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static Map<String, String> form(String title, String slug) {
    var form = new LinkedHashMap<String, String>();
    form.put("organizers", BAKU);
    form.put("kind", "forum");
    form.put("slug", slug);
    form.put("title_en", title);
    form.put("description_en", "<p>Young people of the diaspora meet.</p>");
    form.put("title_az", "Gənclər forumu");
    form.put("start", "2026-07-01T10:00");
    form.put("end", "2026-07-01T17:00");
    form.put("time_zone", "Asia/Baku");
    form.put("venue_name", "Diaspora House");
    form.put("city", "Bakı");
    form.put("country", "az");
    form.put("capacity", "100");
    form.put("rrule", "");
    return form;
  }

  private static Event event(String slug, int capacity) {
    return events.create(PLATFORM, new EventInput(slug, "meeting", List.of(BAKU), Map.of("en", "Meeting " + slug), Map.of(),
        "2026-06-20T18:00", "2026-06-20T20:00", "Asia/Baku", new EventInput.VenueInput("", "Bakı", "AZ", "", null, null),
        "", "", capacity, List.of()));
  }

  private static long outbox() {
    var services = site.ortaq().services();
    return site.ortaq().database().read(services.changes()::latest);
  }

  @Test
  void createsAnEventThroughTheForm() {
    var desk = new Desk("editor@baku.example");
    String blank = desk.get("/admin/events/new").body();
    assertThat(blank).contains("name=\"title_ru\"").contains("<option selected>Asia/Baku</option>")
        .contains("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15").contains("href=\"/admin/events\"");

    var created = desk.submit("/admin/events", form("Youth forum", "youth-forum"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    Event event = events.findBySlug("youth-forum").orElseThrow();
    assertThat(created.headers().firstValue("Location")).contains("/admin/events/" + event.id() + "?saved=1");
    assertThat(event.title(org.ortaq.text.Language.AZ)).isEqualTo("Gənclər forumu");
    assertThat(event.venue().country()).isEqualTo("AZ");
    assertThat(event.capacity()).isEqualTo(100);
    assertThat(desk.get("/admin/events/" + event.id() + "?saved=1").body()).contains("Saved.").contains("value=\"Youth forum\"");
    assertThat(desk.get("/admin/events").body()).contains("Youth forum");
    assertThat(site.get("/en/events/youth-forum").body()).contains("Youth forum");
  }

  @Test
  void editsAnEventAndKeepsItsRegistrations() {
    Event event = event("to-edit", 0);
    events.register(event.id(), "Aysel", "aysel@example.org", "");
    var desk = new Desk("editor@baku.example");
    assertThat(desk.get("/admin/events/" + event.id()).body()).contains("value=\"Meeting to-edit\"").contains("aysel@example.org");

    var form = form("Edited meeting", "to-edit");
    form.put("rrule", "FREQ=WEEKLY;COUNT=4");
    var saved = desk.submit("/admin/events/" + event.id(), form);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    Event edited = events.find(event.id()).orElseThrow();
    assertThat(edited.title(org.ortaq.text.Language.EN)).isEqualTo("Edited meeting");
    assertThat(edited.rrule()).isEqualTo("FREQ=WEEKLY;COUNT=4");
    assertThat(events.registrationCount(event.id())).isEqualTo(1);
  }

  @Test
  void badInputComesBackWithTheTypedValuesAndWritesNothing() {
    var desk = new Desk("editor@baku.example");
    long before = outbox();
    var form = form("Kept title", "kept");
    form.put("rrule", "FREQ=SOMETIMES");
    form.put("start", "");
    form.put("venue_name", "");
    form.put("city", "");

    var refused = desk.submit("/admin/events", form);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("value=\"Kept title\"").contains("value=\"FREQ=SOMETIMES\"")
        .contains("Young people of the diaspora meet.").contains("<b>rrule</b>").contains("<b>start</b>")
        .contains("name=\"rrule\" value=\"FREQ=SOMETIMES\" aria-invalid=\"true\"");
    assertThat(events.findBySlug("kept")).isEmpty();

    Event event = event("stays", 0);
    long afterCreate = outbox();
    var notNumbers = form("Other title", "stays");
    notNumbers.put("capacity", "many");
    notNumbers.put("latitude", "north");
    var edit = desk.submit("/admin/events/" + event.id(), notNumbers);
    assertThat(edit.statusCode()).isEqualTo(422);
    assertThat(edit.body()).contains("value=\"many\"").contains("value=\"north\"").contains("value=\"Other title\"");
    assertThat(events.find(event.id())).contains(event);
    assertThat(outbox()).isEqualTo(afterCreate).isGreaterThan(before);
  }

  @Test
  void someoneFromAnotherOrganizationNeitherSeesNorChangesTheEvent() {
    Event event = event("bakus-own", 1);
    events.register(event.id(), "Aysel", "aysel@example.org", "");
    var other = new Desk("editor@istanbul.example");
    String base = "/admin/events/" + event.id();

    assertThat(other.get(base).statusCode()).isEqualTo(404);
    assertThat(other.get(base + "/registrations.csv").statusCode()).isEqualTo(404);
    assertThat(other.submit(base, form("Taken over", "bakus-own")).statusCode()).isEqualTo(404);
    assertThat(other.submit(base + "/cancel", Map.of()).statusCode()).isEqualTo(404);
    assertThat(other.submit(base + "/delete", Map.of()).statusCode()).isEqualTo(404);
    assertThat(other.get("/admin/events").body()).doesNotContain("Meeting bakus-own");
    assertThat(events.find(event.id())).contains(event);

    var joint = form("Joint meeting", "joint-by-force");
    joint.put("organizers", ISTANBUL);
    var baku = new Desk("editor@baku.example");
    var refused = baku.submit(base, joint);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("value=\"Joint meeting\"");
    assertThat(events.find(event.id())).contains(event);
  }

  @Test
  void listsConfirmedAndWaitingRegistrationsAndExportsThemAsCsv() {
    Event event = event("full-house", 1);
    events.register(event.id(), "Aysel", "aysel@example.org", "Bakı");
    events.register(event.id(), "=Murat", "murat@example.org", "");
    var desk = new Desk("editor@baku.example");

    String page = desk.get("/admin/events/" + event.id()).body();
    assertThat(page).contains("Confirmed (1 / 1)").contains("Waiting list (1)").contains("=Murat");
    var csv = desk.get("/admin/events/" + event.id() + "/registrations.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"full-house-registrations.csv\"");
    assertThat(csv.body()).startsWith("name,email,organization,status,registered_at\r\n")
        .contains("\"Aysel\",\"aysel@example.org\",\"Bakı\",confirmed,").contains("\"'=Murat\",\"murat@example.org\",\"\",waiting,");
  }

  @Test
  void cancelsAnEventWithRegistrationsAndDeletesOneWithout() {
    Event busy = event("busy", 0);
    events.register(busy.id(), "Aysel", "aysel@example.org", "");
    Event empty = event("empty", 0);
    var desk = new Desk("editor@baku.example");
    assertThat(desk.get("/admin/events/" + busy.id()).body()).contains("/cancel\"").doesNotContain("/delete\"");

    var refused = desk.submit("/admin/events/" + busy.id() + "/delete", Map.of());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("cancel it instead of deleting it");
    assertThat(desk.submit("/admin/events/" + busy.id() + "/cancel", Map.of()).statusCode()).isEqualTo(302);
    assertThat(events.find(busy.id()).orElseThrow().cancelled()).isTrue();
    assertThat(desk.get("/admin/events/" + busy.id()).body()).contains("status-event-cancelled").doesNotContain("/cancel\"");
    assertThat(site.get("/en/events/busy").body()).contains("Cancelled: Meeting busy");

    var deleted = desk.submit("/admin/events/" + empty.id() + "/delete", Map.of());
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(deleted.headers().firstValue("Location")).contains("/admin/events?deleted=1");
    assertThat(events.find(empty.id())).isEmpty();
    assertThat(desk.post("/admin/events/" + busy.id() + "/cancel", Map.of()).statusCode()).isEqualTo(403);
  }
}
