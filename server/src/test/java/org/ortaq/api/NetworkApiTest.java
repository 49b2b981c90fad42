package org.ortaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.access.Role;
import org.ortaq.store.TestClock;
import org.ortaq.web.RunningOrtaq;

/**
 * The network through the JSON API and the public pages: three sample organizations propose,
 * discuss, vote and adopt a joint decision with two action items and co-sign a statement; events
 * with registration, the calendar and iCalendar feeds; the directory.
 */
class NetworkApiTest {
  private static final String BAKU = "sample-baku-diaspora-center";
  private static final String ISTANBUL = "sample-istanbul-azerbaijani-association";
  private static final String BERLIN = "sample-berlin-turkic-union";
  private static final String HOUSTON = "sample-houston-diaspora-council";

  @TempDir static Path dataDir;
  static final TestClock clock = new TestClock(Instant.parse("2026-05-04T09:00:00Z"));
  static RunningOrtaq site;
  static ApiClient api;
  static String bakuRepresentative;
  static String istanbulRepresentative;
  static String berlinRepresentative;
  static String houstonAdmin;
  static String bakuEditor;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", clock);
    api = new ApiClient(site.base());
    var accounts = site.ortaq().services().accounts();
    accounts.createUser("rep@baku.example", "Aysel (Bakı)", false, "az", Map.of(BAKU, Set.of(Role.REPRESENTATIVE, Role.ADMIN)));
    accounts.createUser("rep@istanbul.example", "Murat (İstanbul)", false, "tr", Map.of(ISTANBUL, Set.of(Role.REPRESENTATIVE)));
    accounts.createUser("rep@berlin.example", "Elif (Berlin)", false, "tr", Map.of(BERLIN, Set.of(Role.REPRESENTATIVE)));
    accounts.createUser("admin@houston.example", "John (Houston)", false, "en", Map.of(HOUSTON, Set.of(Role.ADMIN, Role.REPRESENTATIVE)));
    accounts.createUser("editor@baku.example", "Baku editor", false, "az", Map.of(BAKU, Set.of(Role.EDITOR)));
    bakuRepresentative = accounts.createToken("rep@baku.example", "test");
    istanbulRepresentative = accounts.createToken("rep@istanbul.example", "test");
    berlinRepresentative = accounts.createToken("rep@berlin.example", "test");
    houstonAdmin = accounts.createToken("admin@houston.example", "test");
    bakuEditor = accounts.createToken("editor@baku.example", "test");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void threeOrganizationsProposeDiscussVoteAdoptAndCoSign() {
    var proposal = api.post("/api/v1/decisions", bakuRepresentative, """
        {"proposer":"%s","sponsors":["%s"],"area":"media",
         "titles":{"az":"Birgə media platforması","tr":"Ortak medya platformu","en":"A joint media platform"},
         "texts":{"en":"<p>Run one platform for the network's news.</p>"},"rule":"two_thirds","quorum":3}"""
        .formatted(BAKU, ISTANBUL));
    assertThat(proposal.status()).isEqualTo(201);
    long id = proposal.json().get("id").asLong();
    assertThat(proposal.json().get("status").asText()).isEqualTo("draft");
    assertThat(api.get("/api/v1/decisions/" + id, null).status()).isEqualTo(404);
    assertThat(api.post("/api/v1/decisions/" + id + "/discussion", bakuRepresentative, null).json().get("status").asText())
        .isEqualTo("discussion");

    var comment = api.post("/api/v1/decisions/" + id + "/comments", istanbulRepresentative,
        "{\"organization\":\"%s\",\"body\":\"Türkçe yayın da olmalı.\"}".formatted(ISTANBUL));
    assertThat(comment.status()).isEqualTo(201);
    assertThat(api.post("/api/v1/decisions/" + id + "/comments", houstonAdmin,
        "{\"organization\":\"%s\",\"body\":\"Partners support it.\"}".formatted(HOUSTON)).status()).isEqualTo(201);
    assertThat(api.post("/api/v1/decisions/" + id + "/comments", berlinRepresentative,
        "{\"organization\":\"%s\",\"body\":\"Not mine to say.\"}".formatted(ISTANBUL)).status()).isEqualTo(403);

    assertThat(api.post("/api/v1/decisions/" + id + "/ballots", istanbulRepresentative,
        "{\"organization\":\"%s\",\"choice\":\"yes\"}".formatted(ISTANBUL)).status()).isEqualTo(409);
    assertThat(api.post("/api/v1/decisions/" + id + "/voting", bakuRepresentative, "{\"closes_at\":\"2020-01-01T00:00:00Z\"}")
        .status()).isEqualTo(422);
    var voting = api.post("/api/v1/decisions/" + id + "/voting", bakuRepresentative, "{\"closes_at\":\"2026-05-11T09:00:00Z\"}");
    assertThat(voting.json().get("status").asText()).isEqualTo("voting");
    assertThat(voting.json().get("result").get("eligible").asInt()).isEqualTo(3);

    ballot(id, bakuRepresentative, BAKU, "yes", "Bakı supports it", 200);
    ballot(id, istanbulRepresentative, ISTANBUL, "no", "", 200);
    JsonNode replaced = ballot(id, istanbulRepresentative, ISTANBUL, "yes", "After the discussion, yes", 200);
    assertThat(replaced.get("result").get("yes").asInt()).isEqualTo(2);
    assertThat(replaced.get("result").get("no").asInt()).isZero();
    assertThat(replaced.get("ballots")).hasSize(2);
    ballot(id, bakuEditor, BAKU, "no", "", 403);
    ballot(id, houstonAdmin, HOUSTON, "yes", "", 403);
    ballot(id, berlinRepresentative, ISTANBUL, "no", "", 403);
    var invalid = api.post("/api/v1/decisions/" + id + "/ballots", berlinRepresentative,
        "{\"organization\":\"nobody\",\"choice\":\"maybe\"}");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.json().get("errors").findValuesAsText("field")).containsExactly("organization", "choice");
    JsonNode beforeClose = ballot(id, berlinRepresentative, BERLIN, "abstain", "", 200);
    assertThat(beforeClose.get("result").get("cast").asInt()).isEqualTo(3);
    assertThat(site.get("/az/decisions/" + id).body()).contains("Birgə media platforması").contains("səsvermədə");

    clock.set(Instant.parse("2026-05-11T09:00:00Z"));
    ballot(id, berlinRepresentative, BERLIN, "no", "too late", 409);
    JsonNode adopted = api.get("/api/v1/decisions/" + id, null).json();
    assertThat(adopted.get("status").asText()).isEqualTo("adopted");
    assertThat(adopted.get("number").asText()).isEqualTo("2026/1");
    assertThat(adopted.get("result").get("yes").asInt()).isEqualTo(2);
    assertThat(adopted.get("result").get("abstain").asInt()).isEqualTo(1);

    long first = action(id, ISTANBUL, "Open a Turkish newsroom", "2026-09-01");
    long second = action(id, BERLIN, "Translate the platform's pages into German", "2026-12-31");
    assertThat(api.post("/api/v1/decisions/" + id + "/actions", istanbulRepresentative,
        "{\"owner\":\"%s\",\"title\":\"x\",\"due_on\":\"soon\"}".formatted(BAKU)).status()).isEqualTo(422);
    var progress = api.post("/api/v1/actions/" + first + "/progress", istanbulRepresentative,
        "{\"status\":\"done\",\"note\":\"The newsroom publishes daily.\"}");
    assertThat(progress.status()).isEqualTo(200);
    assertThat(progress.json().get("notes").get(0).get("body").asText()).isEqualTo("The newsroom publishes daily.");
    assertThat(api.post("/api/v1/actions/" + second + "/progress", istanbulRepresentative, "{\"status\":\"done\"}").status())
        .isEqualTo(403);
    assertThat(api.post("/api/v1/actions/" + second + "/progress", berlinRepresentative, "{\"status\":\"in_progress\"}")
        .status()).isEqualTo(200);
    assertThat(api.get("/api/v1/decisions/" + id, null).json().get("status").asText()).isEqualTo("implementing");

    String register = site.get("/en/decisions/").body();
    assertThat(register).contains("Decision 2026/1").contains("A joint media platform").contains("1 / 2")
        .contains("in implementation");
    String page = site.get("/en/decisions/" + id).body();
    assertThat(page).contains("Open a Turkish newsroom").contains("The newsroom publishes daily.")
        .contains("Türkçe yayın da olmalı.").contains("After the discussion, yes").contains("two-thirds");
    assertThat(site.get("/en/" + BERLIN + "/").body()).contains("Decisions it votes on").contains("A joint media platform");

    var statement = api.post("/api/v1/statements", bakuRepresentative, """
        {"organization":"%s","titles":{"az":"Şuşa Bəyannaməsinə dəstək","en":"In support of the Shusha Declaration"},
         "texts":{"en":"<p>We stand together.</p>"},"invite":["%s","%s"],"deadline":"2026-06-01T00:00:00Z"}"""
        .formatted(BAKU, ISTANBUL, BERLIN));
    assertThat(statement.status()).isEqualTo(201);
    long statementId = statement.json().get("id").asLong();
    assertThat(api.get("/api/v1/statements/" + statementId, null).status()).isEqualTo(404);
    assertThat(sign(statementId, istanbulRepresentative, ISTANBUL).status()).isEqualTo(200);
    assertThat(sign(statementId, berlinRepresentative, BERLIN).status()).isEqualTo(200);
    // Until it is published, only the invited organizations know the statement exists.
    assertThat(sign(statementId, houstonAdmin, HOUSTON).status()).isEqualTo(404);
    var published = api.post("/api/v1/statements/" + statementId + "/publish", bakuRepresentative, null);
    assertThat(published.json().get("signatories").findValuesAsText("organization")).containsExactly(BAKU, ISTANBUL, BERLIN);
    assertThat(sign(statementId, berlinRepresentative, BERLIN).status()).isEqualTo(409);
    String slug = published.json().get("slug").asText();
    assertThat(site.get("/en/statements/" + slug).body()).contains("In support of the Shusha Declaration")
        .contains("Istanbul Azerbaijani Association (sample)").contains("Berlin Turkish-Azerbaijani Union (sample)");
    assertThat(site.get("/en/statements/").body()).contains("In support of the Shusha Declaration");
    for (String organization : new String[] {BAKU, ISTANBUL, BERLIN}) {
      assertThat(site.get("/en/" + organization + "/").body()).contains("In support of the Shusha Declaration");
      assertThat(site.get("/en/" + organization + "/statements.rss").body()).contains("In support of the Shusha Declaration");
    }
    assertThat(site.get("/en/" + HOUSTON + "/").body()).doesNotContain("In support of the Shusha Declaration");
  }

  @Test
  void eventsHaveListsACalendarJsonLdICalendarAndRegistrationWithAWaitingList() throws Exception {
    var created = api.post("/api/v1/events", bakuEditor, """
        {"kind":"meeting","organizers":["%s"],"titles":{"az":"Bakıda görüş","en":"Meeting in Baku"},
         "start":"2026-06-20T18:00","end":"2026-06-20T20:00","time_zone":"Asia/Baku",
         "venue":{"name":"Diaspora House","city":"Bakı","country":"AZ","latitude":40.41,"longitude":49.87},
         "capacity":1}""".formatted(BAKU));
    assertThat(created.status()).isEqualTo(201);
    String slug = created.json().get("slug").asText();
    assertThat(slug).isEqualTo("bakida-gorus");
    assertThat(api.post("/api/v1/events", istanbulRepresentative, created.body().replace("bakida-gorus", "x")).status())
        .isIn(400, 403);

    var first = api.post("/api/v1/events/" + slug + "/registrations", null,
        "{\"name\":\"Aysel\",\"email\":\"aysel@example.org\",\"organization\":\"Bakı\"}");
    assertThat(first.json().get("status").asText()).isEqualTo("confirmed");
    var second = api.post("/api/v1/events/" + slug + "/registrations", null, "{\"name\":\"Murat\",\"email\":\"murat@example.org\"}");
    assertThat(second.json().get("status").asText()).isEqualTo("waiting");
    assertThat(api.post("/api/v1/events/" + slug + "/registrations", null, "{\"name\":\"\",\"email\":\"x\"}").status())
        .isEqualTo(422);
    assertThat(api.get("/api/v1/events/" + slug + "/registrations", null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/events/" + slug + "/registrations", istanbulRepresentative).status()).isEqualTo(403);
    var csv = api.get("/api/v1/events/" + slug + "/registrations.csv", bakuEditor);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).contains("\"Murat\",\"murat@example.org\",\"\",waiting");

    String list = site.get("/en/events/").body();
    assertThat(list).contains("Meeting in Baku").contains("Annual conference in Shusha").contains("First forum of leaders");
    String calendar = site.get("/en/events/calendar/2026/06/").body();
    assertThat(calendar).contains("Meeting in Baku").contains("Annual conference in Shusha");
    String page = site.get("/en/events/" + slug).body();
    assertThat(page).contains("application/ld+json").contains("\"@type\":\"Event\"")
        .contains("\"startDate\":\"2026-06-20T18:00+04:00\"").contains("Places left: 0 / 1").contains("Join the waiting list");
    String series = site.get("/en/events/annual-shusha-conference").body();
    assertThat(series).contains("15 June 2026").contains("15 June 2030");

    for (String path : new String[] {"/events.ics", "/az/" + BAKU + "/events.ics", "/az/events/annual-shusha-conference.ics"}) {
      HttpResponse<String> ics = site.get(path);
      assertThat(ics.statusCode()).as(path).isEqualTo(200);
      assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
      Calendar parsed = new CalendarBuilder().build(new StringReader(ics.body()));
      assertThat(parsed.getComponents("VEVENT")).as(path).isNotEmpty();
    }
    assertThat(site.get("/az/events/annual-shusha-conference.ics").body()).contains("RRULE:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15");
  }

  @Test
  void theRegistrationFormNeedsItsCsrfToken() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String form = client.send(HttpRequest.newBuilder(URI.create(site.base() + "/en/events/annual-shusha-conference/register"))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    var matcher = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(matcher.find()).isTrue();
    String token = matcher.group(1);
    HttpResponse<String> forged = HttpClient.newHttpClient().send(post("name=X&email=x%40example.org&csrf=" + token),
        HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    HttpResponse<String> wrong = client.send(post("name=X&email=x%40example.org&csrf=wrong"), HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.statusCode()).isEqualTo(403);
    HttpResponse<String> invalid = client.send(post("name=&email=nope&csrf=" + token), HttpResponse.BodyHandlers.ofString());
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("email: is not an email address");
    HttpResponse<String> done = client.send(post("name=Leyla&email=leyla%40example.org&organization=&csrf=" + token),
        HttpResponse.BodyHandlers.ofString());
    assertThat(done.statusCode()).isEqualTo(201);
    assertThat(done.body()).contains("You are registered.");
  }

  @Test
  void theDirectoryFiltersAndKeepsItsListWithoutTheMap() {
    String all = site.get("/en/organizations").body();
    assertThat(all).contains("Baku Diaspora Center (sample)").contains("Houston Diaspora Council (sample)")
        .contains("/assets/leaflet/leaflet.js").contains("\"lat\":40.4093");
    assertThat(all.indexOf("organization-list")).isLessThan(all.indexOf("id=\"organization-map\""));
    String germany = site.get("/en/organizations?country=DE").body();
    assertThat(germany).contains("Berlin Turkish-Azerbaijani Union (sample)").doesNotContain("Baku Diaspora Center (sample)");
    String partners = site.get("/en/organizations?kind=partner").body();
    assertThat(partners).contains("Houston Diaspora Council (sample)").doesNotContain("Berlin Turkish-Azerbaijani Union (sample)");
    assertThat(site.get("/en/organizations?city=Nowhere").body()).contains("No organization matches.");
    assertThat(site.get("/assets/leaflet/leaflet.js").statusCode()).isEqualTo(200);
    assertThat(site.get("/assets/leaflet/images/marker-icon.png").statusCode()).isEqualTo(200);
    assertThat(site.get("/theme/default/js/directory.js").statusCode()).isEqualTo(200);
  }

  private static HttpRequest post(String form) {
    return HttpRequest.newBuilder(URI.create(site.base() + "/en/events/annual-shusha-conference/register"))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
  }

  private static JsonNode ballot(long id, String token, String organization, String choice, String statement, int status) {
    var response = api.post("/api/v1/decisions/" + id + "/ballots", token,
        "{\"organization\":\"%s\",\"choice\":\"%s\",\"statement\":\"%s\"}".formatted(organization, choice, statement));
    assertThat(response.status()).as(organization + " " + choice + ": " + response.body()).isEqualTo(status);
    return response.json();
  }

  private static long action(long decision, String owner, String title, String due) {
    var response = api.post("/api/v1/decisions/" + decision + "/actions", bakuRepresentative,
        "{\"owner\":\"%s\",\"title\":\"%s\",\"due_on\":\"%s\"}".formatted(owner, title, due));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }

  private static ApiClient.Response sign(long statement, String token, String organization) {
    return api.post("/api/v1/statements/" + statement + "/signatures", token, "{\"organization\":\"%s\"}".formatted(organization));
  }
}
