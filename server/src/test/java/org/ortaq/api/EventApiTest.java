package org.ortaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.access.Role;
import org.ortaq.store.TestClock;
import org.ortaq.web.RunningOrtaq;

/** Changing, cancelling and deleting events over real HTTP, and the public pages that follow. */
class EventApiTest {
  private static final String BAKU = "sample-baku-diaspora-center";
  private static final String ISTANBUL = "sample-istanbul-azerbaijani-association";

  @TempDir static Path dataDir;
  static final TestClock clock = new TestClock(Instant.parse("2026-05-04T09:00:00Z"));
  static RunningOrtaq site;
  static ApiClient api;
  static String bakuEditor;
  static String istanbulAdmin;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", clock);
    api = new ApiClient(site.base());
    var accounts = site.ortaq().services().accounts();
    accounts.createUser("editor@baku.example", "Baku editor", false, "az", Map.of(BAKU, Set.of(Role.EDITOR)));
    accounts.createUser("admin@istanbul.example", "Istanbul admin", false, "tr", Map.of(ISTANBUL, Set.of(Role.ADMIN)));
    bakuEditor = accounts.createToken("editor@baku.example", "test");
    istanbulAdmin = accounts.createToken("admin@istanbul.example", "test");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static JsonNode create(String slug) {
    var created = api.post("/api/v1/events", bakuEditor, """
        {"slug":"%s","kind":"meeting","organizers":["%s"],"titles":{"az":"Bakıda görüş","en":"Meeting in Baku"},
         "descriptions":{"en":"<p>Tea and talk.</p>"},"start":"2026-06-20T18:00","end":"2026-06-20T20:00",
         "time_zone":"Asia/Baku","venue":{"name":"Diaspora House","city":"Bakı","country":"AZ"},"capacity":1}"""
        .formatted(slug, BAKU));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  @Test
  void patchChangesWhatItNamesAndThePublicPageFollows() {
    long id = create("tea-talk").get("id").asLong();
    assertThat(site.get("/en/events/tea-talk").body()).contains("Meeting in Baku");

    var changed = api.call("PATCH", "/api/v1/events/" + id, bakuEditor,
        "{\"titles\":{\"en\":\"Evening in Baku\"},\"capacity\":30,\"rrule\":\"FREQ=MONTHLY;COUNT=3\"}");

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode event = changed.json();
    assertThat(event.get("titles").get("en").asText()).isEqualTo("Evening in Baku");
    assertThat(event.get("titles").get("az").asText()).isEqualTo("Bakıda görüş");
    assertThat(event.get("descriptions").get("en").asText()).isEqualTo("<p>Tea and talk.</p>");
    assertThat(event.get("capacity").asInt()).isEqualTo(30);
    assertThat(event.get("slug").asText()).isEqualTo("tea-talk");
    assertThat(event.get("status").asText()).isEqualTo("scheduled");
    assertThat(event.get("next_occurrences")).hasSize(3);
    assertThat(site.get("/en/events/tea-talk").body()).contains("Evening in Baku").doesNotContain("Meeting in Baku");
    assertThat(api.call("PATCH", "/api/v1/events/tea-talk", bakuEditor, "{\"slug\":\"evening\"}").json().get("slug").asText())
        .isEqualTo("evening");
    assertThat(site.get("/en/events/tea-talk").statusCode()).isEqualTo(404);
    assertThat(site.get("/en/events/evening").statusCode()).isEqualTo(200);
  }

  @Test
  void aBadPatchIsA422ListingTheFieldsAndChangesNothing() {
    JsonNode before = create("unchanged");
    long id = before.get("id").asLong();

    var refused = api.call("PATCH", "/api/v1/events/" + id, bakuEditor,
        "{\"kind\":\"party\",\"start\":\"tomorrow\",\"titles\":{\"az\":null,\"en\":null},\"capacity\":-1}");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").findValuesAsText("field")).contains("kind", "start", "titles", "capacity");
    assertThat(api.get("/api/v1/events/" + id, null).json()).isEqualTo(before);
    assertThat(api.call("PATCH", "/api/v1/events/" + id, bakuEditor, "{\"colour\":\"red\"}").status()).isEqualTo(400);
  }

  @Test
  void anotherOrganizationMayNotChangeCancelOrDeleteTheEvent() {
    long id = create("not-yours").get("id").asLong();
    assertThat(api.call("PATCH", "/api/v1/events/" + id, istanbulAdmin, "{\"capacity\":0}").status()).isEqualTo(403);
    assertThat(api.call("DELETE", "/api/v1/events/" + id, istanbulAdmin, null).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/events/" + id + "/cancellation", istanbulAdmin, null).status()).isEqualTo(403);
    assertThat(api.call("PATCH", "/api/v1/events/" + id, null, "{\"capacity\":0}").status()).isEqualTo(401);
    assertThat(api.call("DELETE", "/api/v1/events/" + id, null, null).status()).isEqualTo(401);
    assertThat(api.call("PATCH", "/api/v1/events/999999", bakuEditor, "{\"capacity\":0}").status()).isEqualTo(404);
    assertThat(api.call("DELETE", "/api/v1/events/999999", bakuEditor, null).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/events/" + id, null).json().get("capacity").asInt()).isEqualTo(1);
  }

  @Test
  void anEventWithRegistrationsIsCancelledNotDeleted() {
    long id = create("with-people").get("id").asLong();
    assertThat(api.post("/api/v1/events/" + id + "/registrations", null,
        "{\"name\":\"Aysel\",\"email\":\"aysel@example.org\"}").status()).isEqualTo(201);
    site.get("/en/events/with-people");
    site.get("/events.ics");

    var refused = api.call("DELETE", "/api/v1/events/" + id, bakuEditor, null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).contains("cancel it instead");

    var cancelled = api.post("/api/v1/events/" + id + "/cancellation", bakuEditor, null);
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
    String page = site.get("/en/events/with-people").body();
    assertThat(page).contains("Cancelled: Meeting in Baku").contains("EventCancelled").doesNotContain("/register\"");
    assertThat(site.get("/events.ics").body()).contains("STATUS:CANCELLED");
    assertThat(api.post("/api/v1/events/" + id + "/registrations", null,
        "{\"name\":\"Late\",\"email\":\"late@example.org\"}").status()).isEqualTo(409);
    assertThat(api.get("/api/v1/events/" + id + "/registrations", bakuEditor).json().get("items")).hasSize(1);
  }

  @Test
  void anEventNobodyRegisteredForIsDeletedForGood() {
    long id = create("by-mistake").get("id").asLong();
    site.get("/en/events/by-mistake");

    assertThat(api.call("DELETE", "/api/v1/events/" + id, bakuEditor, null).status()).isEqualTo(204);

    assertThat(api.get("/api/v1/events/" + id, null).status()).isEqualTo(404);
    assertThat(site.get("/en/events/by-mistake").statusCode()).isEqualTo(404);
    assertThat(site.get("/en/events/").body()).doesNotContain("/en/events/by-mistake\"");
  }

  @Test
  void theOpenApiDocumentDescribesTheNewRoutes() {
    JsonNode paths = api.get("/api/v1/openapi.json", null).json().get("paths");
    assertThat(paths.get("/api/v1/events/{id}").has("patch")).isTrue();
    assertThat(paths.get("/api/v1/events/{id}").has("delete")).isTrue();
    assertThat(paths.get("/api/v1/events/{id}/cancellation").has("post")).isTrue();
  }
}
