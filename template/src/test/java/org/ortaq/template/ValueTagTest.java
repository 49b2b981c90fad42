package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTagTest {
  private static final Item STORY = Item.builder()
      .title("Tom & \"Jerry's\" <show>")
      .shortStory("<p>Short {title} [full-link]x[/full-link]</p>")
      .fullStory("<p>Full</p>")
      .value("views", "1 024")
      .value("full-link", "https://example.org/news/1.html")
      .build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "{title}|Tom &amp; &quot;Jerry&#039;s&quot; &lt;show&gt;",
      "{TITLE}|Tom &amp; &quot;Jerry&#039;s&quot; &lt;show&gt;",
      "{views}|1 024",
      "{Views}|1 024",
      "{full-story}|<p>Full</p>",
      "{unknown}|{unknown}",
      "{Unknown tag=\"1\"}|{Unknown tag=\"1\"}",
      "{{Some text}}|{{Some text}}",
      "{lang_read_more}|{lang_read_more}",
      "{banner_top}|''",
      "{category-url}|''",
      "{category-icon}|/templates/Default/dleimages/no_icon.gif",
  })
  void fillsValueTagsCaseInsensitivelyAndLeavesUnknownOnesLiteral(String template, String expected) {
    assertThat(Render.of(template, STORY)).isEqualTo(expected);
  }

  @Test
  void insertsValuesOpaquelyWithoutReadingTheirTags() {
    assertThat(Render.of("{short-story}", STORY))
        .isEqualTo("<p>Short {title} [full-link]x[/full-link]</p>");
  }

  @Test
  void collapsesAnAlreadyEscapedAmpersandInTitles() {
    assertThat(Render.of("{title}", Item.builder().title("Tom &amp; Jerry").build())).isEqualTo("Tom &amp; Jerry");
  }

  @Test
  void fillsThemeCaseInsensitivelyWithTheConfiguredUrlOrTheThemeFolder() {
    assertThat(Render.of("{THEME}/css {theme}/js")).isEqualTo("/templates/Default/css /templates/Default/js");
    var page = PageContext.builder().themeUrl("https://cdn.example/t/Default").build();
    assertThat(Render.of("<link href=\"{THEME}/style.css\">", page))
        .isEqualTo("<link href=\"https://cdn.example/t/Default/style.css\">");
  }

  @Test
  void readsPageValuesWhenTheItemHasNone() {
    var page = PageContext.builder().value("content", "<main>{title}</main>").value("headers", "<title>x</title>").build();
    assertThat(Render.of("{headers}{content}", page)).isEqualTo("<title>x</title><main>{title}</main>");
  }

  @Test
  void looksUpTagsWithParametersCaseInsensitivelyBeforeTheirBareName() {
    var page = PageContext.builder().value("lang text=\"read_more\"", "Ətraflı").value("event-count", "7").build();
    assertThat(Render.of("{lang text=\"Read_More\"}|{event-count id=\"3\"}|{lang text=\"x\"}", page))
        .isEqualTo("Ətraflı|7|{lang text=\"x\"}");
  }

  @Test
  void removesTemplateComments() {
    assertThat(Render.of("a{* one\n two [if x] *}b{*c*}d")).isEqualTo("abd");
    assertThat(Render.of("a {* never closed")).isEqualTo("a {* never closed");
  }

  @Test
  void fillsOnlyTheFirstDistinctLimitVariantOfATag() {
    var item = Item.builder().title("alpha beta gamma delta").build();
    assertThat(Render.of("{title limit=\"12\"}|{title limit=\"6\"}|{TITLE LIMIT=\"12\"}|{title}", item))
        .isEqualTo("alpha beta|{title limit=\"6\"}|alpha beta|alpha beta gamma delta");
  }

  @Test
  void acceptsSingleQuotedLimits() {
    var item = Item.builder().shortStory("<b>one two three</b>").build();
    assertThat(Render.of("{short-story limit='8'}", item)).isEqualTo("one two");
  }

  @Test
  void formatsDatesWithPhpLettersAndLocalisedNames() {
    var item = Item.builder().date(Instant.parse("2024-05-03T11:05:09Z")).build();
    var moscow = PageContext.builder().zone(ZoneId.of("Europe/Moscow"));
    assertThat(Render.of("{date=d.m.Y H:i}", moscow.build(), item)).isEqualTo("03.05.2024 14:05");
    assertThat(Render.of("{date=j F Y, l}", moscow.language("az").build(), item)).isEqualTo("3 may 2024, Cümə");
    assertThat(Render.of("{date=j F Y, D}", moscow.language("tr").build(), item)).isEqualTo("3 Mayıs 2024, Cum");
    assertThat(Render.of("{date=j F Y}", moscow.language("ru").build(), item)).isEqualTo("3 май 2024");
    assertThat(Render.of("{date=j F Y}", moscow.language("ru").declineDates(true).build(), item)).isEqualTo("3 мая 2024");
    assertThat(Render.of("{date=j F Y}", moscow.language("en").build(), item)).isEqualTo("3 May 2024");
  }

  @Test
  void saysTodayAndYesterdayRelativeToTheRequestTime() {
    var item = Item.builder().date(Instant.parse("2024-05-03T11:05:09Z")).build();
    var page = PageContext.builder().zone(ZoneId.of("Asia/Baku")).language("az");
    assertThat(Render.of("{date}", page.now(Instant.parse("2024-05-03T19:00:00Z")).build(), item)).isEqualTo("Bu gün, 15:05");
    assertThat(Render.of("{date}", page.now(Instant.parse("2024-05-04T08:00:00Z")).build(), item)).isEqualTo("Dünən, 15:05");
    assertThat(Render.of("{date}", page.now(Instant.parse("2024-06-01T08:00:00Z")).build(), item)).isEqualTo("3-05-2024, 15:05");
  }

  @Test
  void letsAnItemValueGiveTheDateTextForCommentsRelativeDates() {
    var comment = Item.builder().date(Instant.parse("2024-05-03T11:05:09Z")).value("date", "5 dəqiqə əvvəl").build();
    assertThat(Render.of("{date} {date=Y}", comment)).isEqualTo("5 dəqiqə əvvəl 2024");
  }

  @Test
  void leavesDateTagsLiteralWithoutADate() {
    assertThat(Render.of("{date=Y} {date}")).isEqualTo("{date=Y} {date}");
  }

  @Test
  void rejectsALimitThatIsNotAWholeNumber() {
    var theme = Render.theme(java.util.Map.of("shortstory.tpl", "<p>\n  {short-story limit=\"abc\"}</p>"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> theme.template("shortstory.tpl"))
        .isInstanceOfSatisfying(TemplateException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("shortstory.tpl:2:3: limit must be a whole number, not \"abc\"");
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(3);
        });
  }
}
