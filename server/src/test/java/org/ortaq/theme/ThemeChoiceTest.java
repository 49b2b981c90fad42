package org.ortaq.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.access.Actor;
import org.ortaq.error.Invalid;
import org.ortaq.web.RunningOrtaq;

/** An organization switches its pages to a theme of data/themes; a broken theme never serves. */
class ThemeChoiceTest {
  @TempDir static Path dataDir;
  static RunningOrtaq site;
  static long baku;
  static final Actor ADMIN = new Actor(0, "admin", true, Map.of());

  @BeforeAll
  static void start() throws Exception {
    Path kapital = Files.createDirectories(dataDir.resolve("themes/kapital"));
    Files.createDirectories(kapital.resolve("css"));
    Files.writeString(kapital.resolve("main.tpl"), "<!DOCTYPE html><html><head>{headers}<link rel=\"stylesheet\" href=\"{THEME}/css/k.css\"></head>"
        + "<body><h1>KAPITAL THEME</h1>{speedbar}{content}{navigation}</body></html>");
    Files.writeString(kapital.resolve("shortstory.tpl"), "<div class=\"k-story\">[full-link]{title}[/full-link] {short-story limit=\"100\"}</div>");
    Files.writeString(kapital.resolve("fullstory.tpl"), "<article class=\"k-full\"><h2>{title}</h2>{full-story}</article>");
    Files.writeString(kapital.resolve("relatednews.tpl"), "<li>{title}</li>");
    Files.writeString(kapital.resolve("info.tpl"), "<p>{title}: {error}</p>");
    Files.writeString(kapital.resolve("css/k.css"), "h1 { color: navy; }");
    Path broken = Files.createDirectories(dataDir.resolve("themes/broken"));
    Files.writeString(broken.resolve("main.tpl"), "<html>[if title = x]never closed {content}</html>");
    site = RunningOrtaq.start(dataDir, "", Clock.systemUTC());
    baku = site.ortaq().services().organizations().findBySlug("sample-baku-diaspora-center").orElseThrow().id();
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void anOrganizationsPagesUseTheThemeItChose() {
    site.ortaq().services().organizations().chooseTheme(ADMIN, baku, "kapital", java.util.List.of("default", "kapital", "broken"));
    String page = site.get("/az/sample-baku-diaspora-center/").body();
    assertThat(page).contains("KAPITAL THEME").contains("class=\"k-story\"").contains("/theme/kapital/css/k.css");
    Matcher link = Pattern.compile("href=\"(/az/news/[^\"]+)\"").matcher(page);
    assertThat(link.find()).isTrue();
    assertThat(site.get(link.group(1)).body()).contains("KAPITAL THEME").contains("class=\"k-full\"");
    assertThat(site.get("/az/").body()).doesNotContain("KAPITAL THEME");
    assertThat(site.get("/theme/kapital/css/k.css").body()).contains("navy");
    assertThat(site.get("/theme/kapital/main.tpl").statusCode()).isEqualTo(404);
  }

  @Test
  void aThemeWithErrorsNeverTakesAPageDown() {
    site.ortaq().services().organizations().chooseTheme(ADMIN, baku, "broken", java.util.List.of("default", "kapital", "broken"));
    var response = site.get("/tr/sample-baku-diaspora-center/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("class=\"site-header\"");
    site.ortaq().services().organizations().chooseTheme(ADMIN, baku, "default", java.util.List.of("default", "kapital", "broken"));
  }

  @Test
  void refusesAThemeThatDoesNotExist() {
    assertThatThrownBy(() -> site.ortaq().services().organizations().chooseTheme(ADMIN, baku, "nope", java.util.List.of("default")))
        .isInstanceOf(Invalid.class);
  }
}
