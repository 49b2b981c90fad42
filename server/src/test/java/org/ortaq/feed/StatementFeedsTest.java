package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.Services;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.article.ArticleDraft;
import org.ortaq.statement.StatementInput;
import org.ortaq.store.TestClock;
import org.ortaq.web.RunningOrtaq;

/**
 * A published joint statement in each signatory's own news feed, read over real HTTP by Rome and
 * Jackson: linked to the statement page, ordered by publication among the articles, and there as
 * soon as it is published although the feed was cached before.
 */
class StatementFeedsTest {
  private static final String BAKU = "sample-baku-diaspora-center";
  private static final String ISTANBUL = "sample-istanbul-azerbaijani-association";
  private static final String BERLIN = "sample-berlin-turkic-union";
  private static final String HOUSTON = "sample-houston-diaspora-council";
  private static final String TITLE = "Solidarity with the Shusha Declaration";

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
    for (String slug : List.of(BAKU, ISTANBUL, BERLIN, HOUSTON)) {
      roles.put(organization(slug), Set.of(Role.ADMIN, Role.REPRESENTATIVE));
    }
    representatives = new Actor(7, "Representatives", false, roles);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void aPublishedStatementJoinsEachSignatorysNewsFeedAmongItsArticles() throws Exception {
    var statements = services.statements();
    long id = statements.draft(representatives, new StatementInput.Draft(BAKU, "shusha-solidarity",
        Map.of("en", TITLE, "az", "Şuşa Bəyannaməsi ilə həmrəylik"), Map.of("en", "<p>We stand together.</p>"),
        List.of(ISTANBUL, BERLIN), "2026-06-01T00:00:00Z")).id();
    statements.sign(representatives, id, new StatementInput.Signature(ISTANBUL));
    // Read (and so cache) the feeds before publication; BERLIN is invited but never signs.
    for (String organization : List.of(BAKU, ISTANBUL, BERLIN)) {
      assertThat(titles(rss("/en/" + organization + "/feed.rss"))).doesNotContain(TITLE);
    }

    clock.advance(Duration.ofHours(1));
    statements.publish(representatives, id);

    for (String organization : List.of(BAKU, ISTANBUL)) {
      SyndFeed feed = rss("/en/" + organization + "/feed.rss");
      SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().equals(TITLE)).findFirst().orElseThrow();
      assertThat(entry.getLink()).isEqualTo(site.base() + "/en/statements/shusha-solidarity");
      assertThat(entry.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
      assertThat(site.get("/en/statements/shusha-solidarity").statusCode()).isEqualTo(200);
      SyndFeed atom = new SyndFeedInput().build(new StringReader(site.get("/en/" + organization + "/feed.atom").body()));
      assertThat(titles(atom)).contains(TITLE);
      JsonNode json = new ObjectMapper().readTree(site.get("/en/" + organization + "/feed.json").body());
      assertThat(json.get("items").findValuesAsText("url")).contains(site.base() + "/en/statements/shusha-solidarity");
    }
    assertThat(titles(rss("/az/" + BAKU + "/feed.rss"))).contains("Şuşa Bəyannaməsi ilə həmrəylik");
    assertThat(titles(rss("/en/" + BERLIN + "/feed.rss"))).doesNotContain(TITLE);
    assertThat(titles(rss("/en/" + HOUSTON + "/feed.rss"))).doesNotContain(TITLE);
    assertThat(titles(rss("/en/feed.rss"))).doesNotContain(TITLE);
    assertThat(titles(rss("/en/" + BAKU + "/statements.rss"))).containsExactly(TITLE);
  }

  @Test
  void theFeedOrdersStatementsAndArticlesByPublicationTime() throws Exception {
    long houston = organization(HOUSTON);
    publishArticle(houston, "An older article from Houston");
    clock.advance(Duration.ofMinutes(10));
    long statement = services.statements().draft(representatives, new StatementInput.Draft(HOUSTON, "houston-partners",
        Map.of("en", "Partners stand with the network"), Map.of(), List.of(), "2026-12-01T00:00:00Z")).id();
    services.statements().publish(representatives, statement);
    clock.advance(Duration.ofMinutes(10));
    publishArticle(houston, "A newer article from Houston");

    List<String> titles = titles(rss("/en/" + HOUSTON + "/feed.rss"));
    assertThat(titles).containsSubsequence("A newer article from Houston", "Partners stand with the network",
        "An older article from Houston");
  }

  private static void publishArticle(long organization, String title) {
    var admin = new Actor(1, "admin", true, Map.of());
    var draft = new ArticleDraft("en", title, "", "<p>" + title + ".</p>", "", "", "", List.of(), List.of(), 0);
    long id = services.articles().create(admin, organization, draft).id();
    services.articles().publish(admin, id, Optional.empty());
  }

  private static long organization(String slug) {
    return services.organizations().findBySlug(slug).orElseThrow().id();
  }

  private static SyndFeed rss(String path) throws Exception {
    var response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return new SyndFeedInput().build(new StringReader(response.body()));
  }

  private static List<String> titles(SyndFeed feed) {
    var titles = new ArrayList<String>();
    feed.getEntries().forEach(entry -> titles.add(entry.getTitle()));
    return titles;
  }
}
