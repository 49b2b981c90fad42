package org.ortaq.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.access.Actor;
import org.ortaq.article.ArticleDraft;
import org.ortaq.article.Category;
import org.ortaq.article.Listing;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.web.RunningOrtaq;

/** A theme's {catmenu} and {catnewscount} show the demo categories, their pages and published counts. */
class CategoryMenuPageTest {
  @TempDir static Path dataDir;
  static RunningOrtaq site;
  static final Actor ADMIN = new Actor(0, "admin", true, Map.of());

  @BeforeAll
  static void start() throws Exception {
    Path menu = Files.createDirectories(dataDir.resolve("themes/menu"));
    Files.writeString(menu.resolve("main.tpl"), "<!DOCTYPE html><html><head>{headers}</head><body>"
        + "<nav>{catmenu}</nav><p class=\"first\">{catnewscount id=\"1\"}</p>{content}</body></html>");
    Files.writeString(menu.resolve("categorymenu.tpl"),
        "<ul class=\"categories\">[item]<li data-id=\"{id}\"[active] class=\"active\"[/active]><a href=\"{url}\">{name}</a> <b>{news-count}</b></li>[/item]</ul>");
    Files.writeString(menu.resolve("shortstory.tpl"), "<div>{title}</div>");
    Files.writeString(menu.resolve("fullstory.tpl"), "<article>{title}</article>");
    Files.writeString(menu.resolve("relatednews.tpl"), "<li>{title}</li>");
    Files.writeString(menu.resolve("info.tpl"), "<p>{error}</p>");
    site = RunningOrtaq.start(dataDir, "", Clock.systemUTC());
    long baku = site.ortaq().services().organizations().findBySlug("sample-baku-diaspora-center").orElseThrow().id();
    site.ortaq().services().organizations().chooseTheme(ADMIN, baku, "menu", List.of("default", "menu"));
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void showsEveryDemoCategoryWithItsPageAndPublishedArticleCount() {
    String page = site.get("/az/sample-baku-diaspora-center/").body();

    List<Category> categories = site.ortaq().services().published().categories();
    assertThat(categories).isNotEmpty();
    long withArticles = 0;
    for (Category category : categories) {
      long count = site.ortaq().services().published()
          .page(new Listing.InCategory(Language.AZ, category.id()), 1, 10_000).total();
      withArticles += count;
      assertThat(page).contains("<li data-id=\"" + category.id() + "\"><a href=\"" + category.path(Language.AZ) + "/\">"
          + Html.escape(category.name(Language.AZ)) + "</a> <b>" + count + "</b></li>");
    }
    assertThat(withArticles).as("the demo has published articles in categories").isPositive();
    long first = site.ortaq().services().published().page(new Listing.InCategory(Language.AZ, 1), 1, 10_000).total();
    assertThat(page).contains("<p class=\"first\">" + first + "</p>");
  }

  @Test
  void countsANewlyPublishedArticleOnTheNextPage() {
    var services = site.ortaq().services();
    Category category = services.published().categories().get(0);
    String before = count(site.get("/az/sample-baku-diaspora-center/").body(), category.id());
    long organization = services.organizations().findBySlug("sample-baku-diaspora-center").orElseThrow().id();
    var draft = new ArticleDraft("az", "Kateqoriya sayğacı", "", "<p>Yeni xəbər.</p>", "", "", "",
        List.of(category.slug()), List.of(), 0);
    var editor = new Actor(1, "admin", true, Map.of());
    long id = services.articles().create(editor, organization, draft).id();
    services.articles().publish(editor, id, Optional.empty());
    try {
      String after = count(site.get("/az/sample-baku-diaspora-center/").body(), category.id());
      assertThat(Long.parseLong(after)).isEqualTo(Long.parseLong(before) + 1);
    } finally {
      services.articles().archive(editor, id);
    }
  }

  @Test
  void marksTheCategoryOfACategoryPageActive() {
    var categories = List.of(new org.ortaq.template.Category(1, 0, "News", "", "", "/az/category/news/", 4),
        new org.ortaq.template.Category(2, 0, "Culture", "", "", "/az/category/culture/", 1));
    var tree = org.ortaq.template.CategoryTree.of(categories);
    var renderer = new PageRenderer(new ThemeCatalog(Themes.defaultTheme(), dataDir.resolve("themes")),
        new org.ortaq.web.Messages(), Clock.systemUTC(), () -> "http://localhost", language -> () -> tree)
        .forTheme("menu");
    var page = new PageModel(Language.AZ, "cat", "Culture", "", "/az/category/culture/", List.of(), "", "", "", "");

    String html = renderer.renderPage(page, List.of(2));

    assertThat(html).contains("<nav><ul class=\"categories\"><li data-id=\"1\"><a href=\"/az/category/news/\">News</a> <b>4</b></li>"
        + "<li data-id=\"2\" class=\"active\"><a href=\"/az/category/culture/\">Culture</a> <b>1</b></li></ul></nav>");
  }

  private static String count(String page, long categoryId) {
    Matcher matcher = Pattern.compile("<li data-id=\"" + categoryId + "\">.*?<b>(\\d+)</b>").matcher(page);
    assertThat(matcher.find()).as("menu item of category " + categoryId).isTrue();
    return matcher.group(1);
  }

  @Test
  void countsArticlesOfThePagesLanguage() {
    String page = site.get("/en/sample-baku-diaspora-center/").body();
    Category category = site.ortaq().services().published().categories().get(0);
    long count = site.ortaq().services().published()
        .page(new Listing.InCategory(Language.EN, category.id()), 1, 10_000).total();
    assertThat(page).contains("<a href=\"" + category.path(Language.EN) + "/\">" + Html.escape(category.name(Language.EN))
        + "</a> <b>" + count + "</b>");
  }
}
