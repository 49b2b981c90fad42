package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.web.RunningOrtaq;

/** The feeds, sitemap and robots.txt the running platform serves, read by real parsers. */
class PublishedFeedsTest {
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

  @Test
  void theAzerbaijaniRssFeedCarriesTheSeedArticle() throws Exception {
    var response = site.get("/az/feed.rss");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rss+xml"));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getEntries()).hasSize(1);
    assertThat(feed.getEntries().get(0).getTitle()).startsWith("“Bir millət, iki dövlət”");
    assertThat(feed.getEntries().get(0).getLink()).startsWith(site.base() + "/az/news/2024/06/");
  }

  @Test
  void theTurkishAtomFeedIsValidAtom() throws Exception {
    String atom = site.get("/tr/feed.atom").body();
    SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries().get(0).getTitle()).contains("Bir millet, iki devlet");
    assertThat(XmlChecks.relaxNgViolations(atom, "/feed/atom.rnc")).isEmpty();
  }

  @Test
  void organizationFeedsExistInEveryFormat() throws Exception {
    String base = "/en/sample-baku-diaspora-center/feed.";
    assertThat(new SyndFeedInput().build(new StringReader(site.get(base + "rss").body())).getEntries()).hasSize(1);
    assertThat(new SyndFeedInput().build(new StringReader(site.get(base + "atom").body())).getEntries()).hasSize(1);
    var json = new ObjectMapper().readTree(site.get(base + "json").body());
    assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(json.get("items").get(0).get("content_html").asText()).contains("<p>The first forum");
    assertThat(site.get("/en/no-such-organization/feed.rss").statusCode()).isEqualTo(404);
  }

  @Test
  void theSitemapIsValidAndLinksTranslations() throws Exception {
    String sitemap = site.get("/sitemap.xml").body();
    assertThat(XmlChecks.xsdViolations(sitemap, "/feed/sitemap.xsd", "/feed/xhtml-link.xsd")).isEmpty();
    assertThat(sitemap).contains("hreflang=\"tr\"").contains(site.base() + "/en/news/2024/06/");
  }

  @Test
  void robotsTxtNamesTheSitemap() {
    assertThat(site.get("/robots.txt").body()).contains("Disallow: /admin/").contains("Sitemap: " + site.base() + "/sitemap.xml");
  }

  @Test
  void articlePagesCarryOpenGraphAndJsonLd() throws Exception {
    String front = site.get("/az/").body();
    var link = java.util.regex.Pattern.compile("href=\"(/az/news/2024/06/[a-z0-9-]+)\"").matcher(front);
    assertThat(link.find()).isTrue();
    String page = site.get(link.group(1)).body();
    assertThat(page).contains("<meta property=\"og:type\" content=\"article\">").contains("og:locale:alternate");
    int start = page.indexOf("<script type=\"application/ld+json\">");
    String json = page.substring(page.indexOf('>', start) + 1, page.indexOf("</script>", start));
    var ld = new ObjectMapper().readTree(json);
    assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.get("inLanguage").asText()).isEqualTo("az");
  }
}
