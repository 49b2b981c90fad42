package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.Services;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.decision.DecisionInput;
import org.ortaq.organization.OrganizationInput;
import org.ortaq.statement.StatementInput;
import org.ortaq.store.TestClock;
import org.ortaq.web.RunningOrtaq;

/**
 * Joint decisions, statements and organizations in search, on the real server with its SQLite file and Lucene
 * index: a draft never shows, and each step the outbox announces reaches the index without a
 * restart or a rebuild.
 */
class NetworkSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BAKU = "sample-baku-diaspora-center";
  private static final String ISTANBUL = "sample-istanbul-azerbaijani-association";
  private static final String BERLIN = "sample-berlin-turkic-union";

  @TempDir static Path dataDir;
  static final TestClock clock = new TestClock(Instant.parse("2026-05-04T09:00:00Z"));
  static RunningOrtaq site;
  static Services services;
  static Actor representatives;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", clock);
    services = site.ortaq().services();
    var roles = new java.util.HashMap<Long, Set<Role>>();
    for (String slug : List.of(BAKU, ISTANBUL, BERLIN)) {
      roles.put(services.organizations().findBySlug(slug).orElseThrow().id(), Set.of(Role.ADMIN, Role.REPRESENTATIVE));
    }
    representatives = new Actor(7, "Representatives", false, roles);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void aDecisionIsFoundFromItsDiscussionOnAndItsActionItemsAfterAdoption() {
    var decisions = services.decisions();
    long id = decisions.propose(representatives, new DecisionInput.Proposal(BAKU, List.of(ISTANBUL), "culture",
        Map.of("az", "Şuşada birgə mədəniyyət ili", "tr", "Şuşa'da ortak kültür yılı"),
        Map.of("az", "<p>Şəbəkə Şuşada il boyu tədbirlər keçirir.</p>", "tr", "<p>Ağ, Şuşa'da yıl boyu etkinlik yapar.</p>"),
        "majority", 1)).id();
    settle();
    assertThat(languages("susa", "decision")).isEmpty();

    decisions.openDiscussion(representatives, id);
    settle();
    JsonNode found = search("susa", "&kind=decision");
    assertThat(languages(found)).containsExactlyInAnyOrder("az", "tr");
    assertThat(found.get("hits").findValuesAsText("url")).contains("/az/decisions/" + id, "/tr/decisions/" + id);
    assertThat(languages("ŞUŞADA", "decision")).contains("az");

    decisions.openVoting(representatives, id, new DecisionInput.Voting("2026-05-05T09:00:00Z"));
    decisions.vote(representatives, id, new DecisionInput.BallotInput(BAKU, "yes", ""));
    decisions.vote(representatives, id, new DecisionInput.BallotInput(ISTANBUL, "yes", ""));
    clock.advance(Duration.ofDays(2));
    // the indexer, reading the decision after the votes' changes, may have closed it already
    decisions.closeDue();
    assertThat(decisions.require(id).status().adopted()).isTrue();
    decisions.addAction(representatives, id, new DecisionInput.Action(BERLIN, "Muzey sərgisini açmaq", "2026-09-01"));
    settle();
    assertThat(languages("muzey", "decision")).containsExactlyInAnyOrder("az", "tr");
    assertThat(languages("susa", "decision")).containsExactlyInAnyOrder("az", "tr");
  }

  @Test
  void aStatementIsFoundOnceItIsPublishedAndNotWhileItIsSigned() {
    var statements = services.statements();
    long id = statements.draft(representatives, new StatementInput.Draft(BAKU, "", Map.of(
            "az", "Şuşa Bəyannaməsinin ildönümü", "tr", "Şuşa Beyannamesi'nin yıl dönümü"),
        Map.of("az", "<p>Birlikdə dəstəkləyirik.</p>", "tr", "<p>Birlikte destekliyoruz.</p>"),
        List.of(ISTANBUL), "2027-01-01T00:00:00Z")).id();
    statements.sign(representatives, id, new StatementInput.Signature(ISTANBUL));
    settle();
    assertThat(languages("beyannamesi", "statement")).isEmpty();

    statements.publish(representatives, id);
    settle();
    JsonNode found = search("susa beyannamesi", "&kind=statement");
    assertThat(languages(found)).containsExactlyInAnyOrder("az", "tr");
    assertThat(found.get("hits").findValuesAsText("url")).allMatch(url -> url.matches("/(az|tr)/statements/[a-z0-9-]+"));
    assertThat(languages("SUSA", "statement")).contains("az", "tr");
    assertThat(search("susa", "").get("facets").get("kind").has("statement")).isTrue();
  }

  @Test
  void organizationsAreFoundByTheirNamesAndJoinTheIndexAsTheyArrive() {
    JsonNode found = search("İSTANBUL azerbaycanlilar", "&kind=organization");
    assertThat(languages(found)).contains("az", "tr");
    assertThat(found.get("hits").findValuesAsText("url")).contains("/tr/" + ISTANBUL + "/");

    var admin = new Actor(1, "admin", true, Map.of());
    services.organizations().create(admin, new OrganizationInput("ganja-youth", Map.of("az", "Gəncə Gənclər Birliyi"),
        null, "AZ", "Gəncə", "Asia/Baku", List.of("az"), null, null, "partner"));
    settle();
    assertThat(search("gence gencler", "&kind=organization").get("hits").findValuesAsText("url"))
        .containsExactly("/az/ganja-youth/");
  }

  @Test
  void theSearchPageLabelsTheNewKindsInTheReadersLanguage() {
    var statements = services.statements();
    long id = statements.draft(representatives, new StatementInput.Draft(BERLIN, "susa-kitab-sergisi",
        Map.of("tr", "Şuşa kitap sergisi"), Map.of(), List.of(), "2027-01-01T00:00:00Z")).id();
    statements.publish(representatives, id);
    settle();
    String turkish = site.get("/tr/search?q=" + encode("şuşa")).body();
    assertThat(turkish).contains(">Bildiri</a>").contains("kind=statement");
    String russian = site.get("/ru/search?q=" + encode("şuşa")).body();
    assertThat(russian).contains(">Заявление</a>");
    assertThat(site.get("/tr/search?q=" + encode("istanbul azerbaycanlilar")).body()).contains(">Kuruluş</a>");
    String azerbaijani = site.get("/az/search?q=" + encode("şuşa") + "&kind=statement").body();
    assertThat(azerbaijani).contains("<span class=\"badge\">Bəyanat</span>")
        .doesNotContain("<span class=\"badge\">Xəbər</span>");
  }

  /** Waits for the indexer to apply what the outbox announced (no manual catch-up). */
  private static void settle() {
    site.ortaq().search().indexer().awaitIdle();
  }

  private static List<String> languages(String query, String kind) {
    return languages(search(query, "&kind=" + kind));
  }

  private static List<String> languages(JsonNode results) {
    var languages = new ArrayList<String>();
    results.get("hits").forEach(hit -> languages.add(hit.get("language").asText()));
    return languages;
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
}
