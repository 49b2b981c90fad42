package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Compiles and renders whatever Jazzer makes up: the only exception allowed is a
 * TemplateException with a position, and rendering never throws. The short run fuzzes for a few
 * seconds in every build; the long one runs on request:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl template test -Dtest=TemplateFuzzTest#fuzzesForTenMinutes -Dortaq.fuzz.long=true}.
 */
class TemplateFuzzTest {
  private static final PageContext PAGE = PageContext.builder()
      .language("ru")
      .now(Instant.parse("2024-05-05T10:00:00Z"))
      .categories(List.of(1, 2))
      .newsId(7)
      .value("content", "{title}[if a=1]")
      .customSource(query -> List.of(Item.builder().title("custom").build(), Item.EMPTY))
      .categorySource(() -> CategoryTree.of(List.of(
          new Category(1, 0, "One", "{title}", "", "/1", 3), new Category(2, 1, "Two", "", "/i.png", "/2", 0),
          new Category(3, 2, "Three", "", "", "/3", 1), new Category(4, 9, "Orphan", "", "", "/4", 0))))
      .commentSource(query -> List.of(Item.builder().value("comment", "{title}").build()))
      .build();

  @FuzzTest(maxDuration = "2s")
  @DictionaryEntries({
    "{include file=\"a.tpl\"}", "{include file=\"b.tpl\"}", "[if ", "[/if]", "[aviable=main]", "[/aviable]",
    "[not-aviable=cat]", "[group=5]", "[/group]", "{title limit=\"", "{short-story limit=\"5\"}", "{date=",
    "{custom template=\"a\" limit=\"2\"}", "[declination=", "[/declination]", "[xfgiven_x]", "[/xfgiven_x]",
    "[xfvalue_x limit=\"3\"]", "{*", "*}", "[full-link]", "[/full-link]", "[not-news]", "[hide]", "[/hide]",
    "{image-1}", "[image-1]", "[/image-1]", "&amp;", "<pre>", "</pre>", "<!--[if IE]>", "[ifxfvalue x=\"a\"]",
    "[catlist=1-3]", "[/catlist]", "{THEME}", "{PAGEBREAK}", "[page-count=2]", "[/page-count]",
    "{catmenu template=\"a\"}", "{catmenu template=\"b\" subcat=\"no\"}", "[item]", "[/item]", "{sub-item}",
    "[sub-prefix]", "[/sub-prefix]", "[active]", "[/active]", "{catnewscount id=\"1\"}",
    "{customcomments template=\"a\"}"
  })
  void compilesAndRendersAnyText(FuzzedDataProvider data) {
    exercise(data);
  }

  @FuzzTest(maxDuration = "10m")
  @EnabledIfSystemProperty(named = "ortaq.fuzz.long", matches = "true")
  void fuzzesForTenMinutes(FuzzedDataProvider data) {
    exercise(data);
  }

  private static void exercise(FuzzedDataProvider data) {
    String main = data.consumeString(3000);
    String included = data.consumeString(1000);
    int limit = data.consumeInt(-5, 2000);
    String story = data.consumeRemainingAsString();
    Theme theme = Theme.of(TemplateSource.inMemory("Fuzz", Map.of(
        "main.tpl", main, "a.tpl", included, "b.tpl", "<b>{include file=\"a.tpl\"}</b>")));
    Item item = Item.builder()
        .title(story)
        .shortStory(story)
        .fullStory(story + "{PAGEBREAK}" + story)
        .date(Instant.parse("2024-05-03T11:05:09Z"))
        .xfield("x", story)
        .value("full-link", "/x")
        .categories(List.of(2))
        .tags(List.of("a"))
        .build();
    try {
      Template template = theme.template("main.tpl");
      template.render(PAGE, item, new StringBuilder());
      template.render(PageContext.EMPTY, Item.EMPTY);
      template.renderNotNews(PAGE);
    } catch (TemplateException e) {
      assertThat(e.getMessage()).matches("(?s)[^:]+:\\d+:\\d+: .+");
    }
    assertThat(theme.check()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
    assertThat(TextLimit.clean(story, limit).codePointCount(0, TextLimit.clean(story, limit).length()))
        .isLessThanOrEqualTo(limit > 1 ? limit : Integer.MAX_VALUE);
  }
}
