package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ortaq.access.Actor;
import org.ortaq.article.ArticleDraft;
import org.ortaq.web.RunningOrtaq;

/** Search on the demo content through the real server: Turkic folding, filters, bad input. */
class SearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  static RunningOrtaq site;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"susa", "ŞUŞA", "Şuşa", "Şuşada", "Şuşa'da", "SUSA"})
  void findsTheSeedArticleInAzerbaijaniAndTurkishHoweverShushaIsWritten(String query) {
    JsonNode results = search(query, "");
    List<String> languages = new ArrayList<>();
    results.get("hits").forEach(hit -> languages.add(hit.get("language").asText()));
    assertThat(languages).contains("az", "tr");
  }

  @ParameterizedTest
  @ValueSource(strings = {"susa", "ŞUŞA", "Şuşa"})
  void theSearchPagesFirstPageShowsTheSeedArticleInTheReadersLanguage(String query) {
    assertThat(site.get("/az/search?q=" + encode(query)).body()).contains("href=\"/az/news/2024/06/bir-millet-iki-dovlet-");
    assertThat(site.get("/tr/search?q=" + encode(query)).body()).contains("href=\"/tr/news/2024/06/bir-millet-iki-devlet-");
  }

  @Test
  void aReadersSearchShowsEachEventOnceInTheReadersLanguage() {
    JsonNode results = search("susa", "&lang=tr");
    List<String> events = new ArrayList<>();
    results.get("hits").forEach(hit -> {
      if (hit.get("kind").asText().equals("event")) {
        events.add(hit.get("url").asText());
      }
    });
    assertThat(events).isNotEmpty().doesNotHaveDuplicates().allSatisfy(url -> assertThat(url).startsWith("/tr/events/"));
    assertThat(results.get("total").asLong()).isEqualTo(results.get("hits").size());
    long byKind = 0;
    for (JsonNode count : results.get("facets").get("kind")) {
      byKind += count.asLong();
    }
    assertThat(byKind).isEqualTo(results.get("total").asLong()); // facets count items too
    assertThat(search("susa", "").get("total").asLong()).isGreaterThan(results.get("total").asLong());
    assertThat(site.get("/api/v1/search?q=susa&lang=xx").statusCode()).isEqualTo(422);
  }

  @Test
  void highlightsTheMatchInTheSnippet() {
    JsonNode hit = search("Şuşa", "&language=az&kind=article").get("hits").get(0);
    assertThat(hit.get("snippet").asText()).contains("<mark>Şuşa</mark>");
    assertThat(hit.get("url").asText()).startsWith("/az/news/2024/06/");
  }

  @Test
  void filtersByLanguageAndCountsFacets() {
    JsonNode results = search("diaspora", "&language=tr");
    results.get("hits").forEach(hit -> assertThat(hit.get("language").asText()).isEqualTo("tr"));
    assertThat(results.get("facets").get("language").get("tr").asLong()).isEqualTo(results.get("total").asLong());
    assertThat(search("Şuşa", "").get("facets").get("category").has("diaspora")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\"unbalanced", "a AND OR * ( ) [ ] { } ~ ^ \\", "-", "*", "\"\"", "((((("})
  void neverFailsOnOddQueries(String query) {
    var response = site.get("/api/v1/search?q=" + encode(query));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(site.get("/az/search?q=" + encode(query)).statusCode()).isEqualTo(200);
  }

  @Test
  void cutsAThousandCharacterQueryAndAnswers() {
    String query = "Şuşa ".repeat(200);
    assertThat(site.get("/api/v1/search?q=" + encode(query)).statusCode()).isEqualTo(200);
    assertThat(site.get("/az/search?q=" + encode(query)).statusCode()).isEqualTo(200);
  }

  @Test
  void explainsAnInvalidDateFilter() {
    var response = site.get("/api/v1/search?q=x&from=yesterday");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(site.get("/en/search?q=x&from=yesterday").body()).contains("must be a date");
  }

  @Test
  void suggestsTitlesFromTheirFirstLetters() throws Exception {
    JsonNode suggestions = JSON.readTree(site.get("/api/v1/search/suggest?q=" + encode("bir mil")).body()).get("suggestions");
    assertThat(suggestions.size()).isGreaterThanOrEqualTo(1);
    assertThat(suggestions.get(0).asText()).contains("Bir millət");
  }

  @Test
  void theSearchPageShowsHitsInTheTheme() {
    String page = site.get("/tr/search?q=" + encode("şuşa")).body();
    assertThat(page).contains("class=\"site-header\"").contains("<mark>").contains("Bulunan:");
  }

  @Test
  void aHitWithoutAnOrganizationShowsNoSeparatorBeforeIt() {
    // the demo's events of the Declaration's anniversary have no organizer
    assertThat(search("susa", "&kind=event&language=az").get("hits").findValuesAsText("organization_name")).contains("");
    String page = site.get("/az/search?kind=event&q=susa").body();
    assertThat(page).contains("class=\"hit\"").doesNotContain("</time> · </p>");
  }

  @Test
  void indexesANewlyPublishedArticleRightAfterTheCommit() throws Exception {
    var services = site.ortaq().services();
    var admin = new Actor(1, "admin", true, Map.of());
    long organization = services.organizations().findBySlug("sample-istanbul-azerbaijani-association").orElseThrow().id();
    var draft = new ArticleDraft("tr", "Iğdır'da kültür festivali", "", "<p>IĞDIR şehrinde festival düzenlendi.</p>",
        "", "", "", List.of(), List.of(), 0);
    long id = services.articles().create(admin, organization, draft).id();
    services.articles().publish(admin, id, java.util.Optional.empty());
    site.ortaq().search().indexer().catchUp();
    assertThat(search("ığdır", "").get("total").asLong()).isEqualTo(1);
    assertThat(search("igdir", "").get("total").asLong()).isEqualTo(1);
    services.articles().archive(admin, id);
    site.ortaq().search().indexer().catchUp();
    assertThat(search("igdir", "").get("total").asLong()).isZero();
  }

  private static JsonNode search(String query, String filters) {
    try {
      return JSON.readTree(site.get("/api/v1/search?q=" + encode(query) + filters).body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void findsTheSeedsEventsToo() {
    JsonNode results = search("forum", "&kind=event&language=en");
    assertThat(results.get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(results.get("hits").get(0).get("url").asText()).startsWith("/en/events/");
    assertThat(search("Şuşa", "").get("facets").get("kind").has("event")).isTrue();
  }
}
