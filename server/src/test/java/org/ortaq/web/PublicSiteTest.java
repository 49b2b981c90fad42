package org.ortaq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server over HTTP on a temporary data directory, with the demo content. */
class PublicSiteTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  private static final Pattern STORY_TEXT = Pattern.compile("<p class=\"story-text\">(.*?)</p>", Pattern.DOTALL);

  @TempDir static Path dataDir;
  static RunningOrtaq site;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", CLOCK);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void frontPageShowsTheSeedArticleCutExactlyAsDle18Does() {
    var response = site.get("/az/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    String body = response.body();
    assertThat(body).contains("“Bir millət, iki dövlət” prinsipi").contains("<html lang=\"az\">");
    Matcher matcher = STORY_TEXT.matcher(body);
    assertThat(matcher.find()).isTrue();
    String story = matcher.group(1);
    assertThat(story.codePointCount(0, story.length())).isEqualTo(831);
    assertThat(story).startsWith("2007-ci il martın 9-da Bakıda").endsWith("ABŞ-dakı diasporumuz");
    assertThat(body).contains("16 iyun 2024");
  }

  @Test
  void frontPagesExistInTurkishAndEnglish() {
    assertThat(site.get("/tr/").body()).contains("&quot;Bir millet, iki devlet&quot; ilkesi").contains("<html lang=\"tr\">");
    assertThat(site.get("/en/").body()).contains("The &quot;One nation, two states&quot; principle");
    assertThat(site.get("/ru/").body()).contains("Новостей пока нет.");
  }

  @Test
  void articlePageShowsTheFullStoryWithItsTranslations() {
    String front = site.get("/az/").body();
    Matcher link = Pattern.compile("href=\"(/az/news/2024/06/[a-z0-9-]+)\"").matcher(front);
    assertThat(link.find()).isTrue();
    var response = site.get(link.group(1));
    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .contains("<div class=\"story-body\"><p>2007-ci il martın 9-da")
        .contains("15 uyun tarixində")
        .contains("hreflang=\"tr\"")
        .contains("hreflang=\"en\"")
        .contains("<link rel=\"canonical\" href=\"" + site.base() + link.group(1) + "\">");
  }

  @Test
  void rootRedirectsByAcceptLanguage() {
    assertThat(site.get("/").headers().firstValue("Location")).hasValue("/az/");
    assertThat(site.get("/", "Accept-Language", "tr-TR,tr;q=0.9,en;q=0.5").headers().firstValue("Location")).hasValue("/tr/");
    assertThat(site.get("/", "Accept-Language", "de-DE, en;q=0.3").headers().firstValue("Location")).hasValue("/en/");
    assertThat(site.get("/", "Accept-Language", "fr").headers().firstValue("Location")).hasValue("/az/");
    assertThat(site.get("/", "Accept-Language", "not a header;;;").statusCode()).isEqualTo(302);
  }

  @Test
  void unknownPathsGetAThemedNotFoundPage() {
    for (String path : new String[] {"/nowhere", "/az/news/2024/06/no-such-article", "/xx/", "/tr/?page=99", "/en/?page=abc"}) {
      var response = site.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).contains("class=\"site-header\"");
    }
    assertThat(site.get("/tr/nothing/here").body()).contains("Sayfa bulunamadı");
    assertThat(site.get("/nowhere").body()).contains("Səhifə tapılmadı");
  }

  @Test
  void healthReportsTheDatabase() {
    var response = site.get("/healthz");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"database\":\"up\"}");
  }

  @Test
  void servesTheThemeStylesheet() {
    var response = site.get("/theme/default/css/style.css");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    assertThat(site.get("/theme/default/../main.tpl").statusCode()).isEqualTo(404);
  }

  @Test
  void revalidatesCachedPagesWithTheirETag() {
    var first = site.get("/en/");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Last-Modified")).isPresent();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, must-revalidate");
    assertThat(site.get("/en/", "If-None-Match", etag).statusCode()).isEqualTo(304);
  }
}
