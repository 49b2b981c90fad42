package org.ortaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.access.Role;
import org.ortaq.web.RunningOrtaq;

/** The JSON API over real HTTP: the newsroom's flow, its permissions and its bad input. */
class ArticleApiTest {
  @TempDir static Path dataDir;
  static RunningOrtaq site;
  static ApiClient api;
  static String admin;
  static String bakuEditor;
  static String istanbulAuthor;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", Clock.systemUTC());
    api = new ApiClient(site.base());
    var accounts = site.ortaq().services().accounts();
    accounts.createUser("admin@example.org", "Admin", true, "en", Map.of());
    accounts.createUser("editor@baku.example", "Baku editor", false, "az", Map.of("sample-baku-diaspora-center", Set.of(Role.EDITOR)));
    accounts.createUser("author@istanbul.example", "Istanbul author", false, "tr",
        Map.of("sample-istanbul-azerbaijani-association", Set.of(Role.AUTHOR)));
    admin = accounts.createToken("admin@example.org", "test");
    bakuEditor = accounts.createToken("editor@baku.example", "test");
    istanbulAuthor = accounts.createToken("author@istanbul.example", "test");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void anEditorWritesPublishesTranslatesAndSharesAStoryThatReadersThenSee() {
    JsonNode draft = api.post("/api/v1/articles", bakuEditor, """
        {"organization":"sample-baku-diaspora-center","language":"az","title":"Şuşada yeni mədəniyyət mərkəzi",
         "short_story":"<p>Şuşada <b>yeni</b> mərkəz açıldı.</p>","full_story":"<p>Tam mətn.</p>",
         "tags":["Şuşa"],"categories":["culture"]}""").json();
    long id = draft.get("id").asLong();
    assertThat(draft.get("status").asText()).isEqualTo("draft");
    assertThat(draft.get("slug").asText()).isEqualTo("susada-yeni-medeniyyet-merkezi");
    assertThat(site.get("/az/").body()).doesNotContain("Şuşada yeni mədəniyyət mərkəzi");

    var published = api.post("/api/v1/articles/" + id + "/publish", bakuEditor, null);
    assertThat(published.status()).isEqualTo(200);
    String url = published.json().get("url").asText();
    assertThat(url).startsWith("/az/news/").endsWith("/susada-yeni-medeniyyet-merkezi");

    var turkish = api.post("/api/v1/articles", bakuEditor, """
        {"organization":"sample-baku-diaspora-center","language":"tr","title":"Şuşa'da yeni kültür merkezi",
         "short_story":"<p>Şuşa'da yeni merkez açıldı.</p>","translation_of":%d}""".formatted(id)).json();
    api.post("/api/v1/articles/" + turkish.get("id").asLong() + "/publish", bakuEditor, null);
    var shared = api.post("/api/v1/articles/" + id + "/share", bakuEditor,
        "{\"front_page\":true,\"organizations\":[\"sample-berlin-turkic-union\"]}");
    assertThat(shared.json().get("organizations").get(0).asText()).isEqualTo("sample-berlin-turkic-union");

    assertThat(site.get("/az/").body()).contains("Şuşada yeni mədəniyyət mərkəzi");
    assertThat(site.get("/tr/").body()).contains("Şuşa&#039;da yeni kültür merkezi");
    String berlin = site.get("/az/sample-berlin-turkic-union/").body();
    assertThat(berlin).contains("Şuşada yeni mədəniyyət mərkəzi").contains("Mənbə: <a href=\"/az/sample-baku-diaspora-center/\">");
    String page = site.get(url).body();
    assertThat(page).contains("<link rel=\"canonical\" href=\"" + site.base() + url + "\">").contains("hreflang=\"tr\"");
    assertThat(site.get("/az/tags/%C5%9Fu%C5%9Fa/").body()).contains("Şuşada yeni mədəniyyət mərkəzi");
    assertThat(site.get("/az/category/culture/").body()).contains("Şuşada yeni mədəniyyət mərkəzi");
  }

  @Test
  void reportsEveryInvalidFieldAsOneProblem() {
    var response = api.post("/api/v1/articles", admin, """
        {"organization":"sample-baku-diaspora-center","language":"xx","title":"%s","short_story":"",
         "categories":["nope"]}""".formatted("a".repeat(501)));
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    response.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
    assertThat(fields).contains("language", "title", "short_story", "categories[0]");
  }

  @Test
  void refusesASlugThatIsTakenAndAMissingOrganization() {
    String body = """
        {"organization":"sample-baku-diaspora-center","language":"en","title":"Unique","slug":"the-same-slug","short_story":"<p>x</p>"}""";
    assertThat(api.post("/api/v1/articles", admin, body).status()).isEqualTo(201);
    var again = api.post("/api/v1/articles", admin, body);
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().get("errors").get(0).get("field").asText()).isEqualTo("slug");
    var missing = api.post("/api/v1/articles", admin, "{\"language\":\"en\",\"title\":\"x\",\"short_story\":\"x\"}");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("organization");
  }

  @Test
  void sanitizesScriptsAndEventHandlersBeforeStoring() {
    JsonNode article = api.post("/api/v1/articles", admin, """
        {"organization":"sample-baku-diaspora-center","language":"en","title":"Safe",
         "short_story":"<p onclick=\\"steal()\\">Hi<script>alert(1)</script><img src=x onerror=alert(2)></p>",
         "full_story":"<iframe src=\\"https://evil.example/\\"></iframe><a href=\\"javascript:alert(3)\\">x</a>"}""").json();
    String stored = article.get("short_story").asText() + article.get("full_story").asText();
    assertThat(stored).doesNotContain("script", "onclick", "onerror", "javascript:", "evil.example");
  }

  @Test
  void forbidsChangingAnotherOrganizationsArticle() {
    long id = api.post("/api/v1/articles", bakuEditor, """
        {"organization":"sample-baku-diaspora-center","language":"en","title":"Baku only","short_story":"<p>x</p>"}""")
        .json().get("id").asLong();
    api.post("/api/v1/articles/" + id + "/publish", bakuEditor, null);
    var patch = api.call("PATCH", "/api/v1/articles/" + id, istanbulAuthor, "{\"title\":\"Hijacked\"}");
    assertThat(patch.status()).isEqualTo(403);
    assertThat(api.call("DELETE", "/api/v1/articles/" + id, istanbulAuthor, null).status()).isEqualTo(403);
    var create = api.post("/api/v1/articles", istanbulAuthor, """
        {"organization":"sample-baku-diaspora-center","language":"en","title":"Not mine","short_story":"<p>x</p>"}""");
    assertThat(create.status()).isEqualTo(403);
    assertThat(api.get("/api/v1/articles/" + id, null).json().get("title").asText()).isEqualTo("Baku only");
  }

  @Test
  void hidesDraftsFromEveryoneOutsideTheOrganization() {
    long id = api.post("/api/v1/articles", bakuEditor, """
        {"organization":"sample-baku-diaspora-center","language":"en","title":"Secret draft","short_story":"<p>x</p>"}""")
        .json().get("id").asLong();
    assertThat(api.get("/api/v1/articles/" + id, null).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/articles/" + id, istanbulAuthor).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/articles/" + id, bakuEditor).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/articles?organization=sample-baku-diaspora-center&status=draft", istanbulAuthor).status())
        .isEqualTo(403);
  }

  @Test
  void anAuthorSubmitsButCannotPublish() {
    long id = api.post("/api/v1/articles", istanbulAuthor, """
        {"organization":"sample-istanbul-azerbaijani-association","language":"tr","title":"Taslak","short_story":"<p>x</p>"}""")
        .json().get("id").asLong();
    assertThat(api.post("/api/v1/articles/" + id + "/submit", istanbulAuthor, null).json().get("status").asText()).isEqualTo("review");
    assertThat(api.post("/api/v1/articles/" + id + "/publish", istanbulAuthor, null).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/articles/" + id + "/submit", istanbulAuthor, null).status()).isEqualTo(409);
  }

  @Test
  void answersBadTokensAndBadJsonWithProblems() {
    assertThat(api.get("/api/v1/articles", "ortaq_wrong").status()).isEqualTo(401);
    assertThat(api.post("/api/v1/articles", null, "{}").status()).isEqualTo(401);
    var broken = api.post("/api/v1/articles", admin, "{\"title\": ");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().get("detail").asText()).contains("not valid JSON");
    var unknown = api.post("/api/v1/articles", admin, "{\"titel\":\"x\"}");
    assertThat(unknown.json().get("detail").asText()).isEqualTo("unknown field 'titel'");
    assertThat(api.get("/api/v1/nothing", null).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/articles?page=0", null).status()).isEqualTo(422);
  }

  @Test
  void schedulesAnArticleForLater() {
    long id = api.post("/api/v1/articles", bakuEditor, """
        {"organization":"sample-baku-diaspora-center","language":"en","title":"Later","short_story":"<p>x</p>"}""")
        .json().get("id").asLong();
    var scheduled = api.post("/api/v1/articles/" + id + "/publish", bakuEditor, "{\"at\":\"2099-06-15T06:00:00Z\"}");
    assertThat(scheduled.json().get("status").asText()).isEqualTo("scheduled");
    assertThat(api.post("/api/v1/articles/" + id + "/publish", bakuEditor, "{\"at\":\"tomorrow\"}").status()).isEqualTo(422);
  }

  @Test
  void createsAnOrganizationAsAdministratorOnly() {
    String body = """
        {"slug":"koln-evi","names":{"az":"Köln Evi","tr":"Köln Evi"},"country":"DE","city":"Köln",
         "time_zone":"Europe/Berlin","languages":["az","tr"],"status":"member"}""";
    assertThat(api.post("/api/v1/organizations", bakuEditor, body).status()).isEqualTo(403);
    var created = api.post("/api/v1/organizations", admin, body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(api.get("/api/v1/organizations/koln-evi", null).json().get("names").get("az").asText()).isEqualTo("Köln Evi");
    var invalid = api.post("/api/v1/organizations", admin, """
        {"slug":"news","names":{},"country":"XX","time_zone":"Mars/Base","languages":["fr"]}""");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.json().get("errors").findValuesAsText("field")).contains("slug", "country", "time_zone", "languages[0]", "names");
  }

  @Test
  void theOpenApiDocumentListsEveryApiRoute() {
    JsonNode paths = api.get("/api/v1/openapi.json", null).json().get("paths");
    assertThat(api.get("/api/v1/openapi.json", null).json().get("openapi").asText()).isEqualTo("3.1.0");
    List<String> routes = site.ortaq().web().endpoints().stream()
        .filter(endpoint -> endpoint.contains(" /api/v1/") && !endpoint.endsWith("openapi.json"))
        .filter(endpoint -> !endpoint.startsWith("BEFORE") && !endpoint.startsWith("AFTER"))
        .toList();
    assertThat(routes).isNotEmpty();
    for (String route : routes) {
      String[] parts = route.split(" ", 2);
      assertThat(paths.has(parts[1])).as(route).isTrue();
      assertThat(paths.get(parts[1]).has(parts[0].toLowerCase(java.util.Locale.ROOT))).as(route).isTrue();
    }
  }

  @Test
  void refusesToDeleteAnOrganizationThatStillHasContent() {
    var response = api.call("DELETE", "/api/v1/organizations/sample-baku-diaspora-center", admin, null);
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.contentType()).startsWith("application/problem+json");
    var created = api.post("/api/v1/organizations", admin, """
        {"slug":"empty-one","names":{"en":"Empty"},"country":"GB","time_zone":"Europe/London","languages":["en"]}""");
    assertThat(created.status()).isEqualTo(201);
    assertThat(api.call("DELETE", "/api/v1/organizations/empty-one", admin, null).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/organizations/empty-one", null).status()).isEqualTo(404);
  }
}
