package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IfTagTest {
  private static final Item STORY = Item.builder()
      .title("Şuşa Bəyannaməsi")
      .date(Instant.parse("2024-05-03T11:05:09Z"))
      .value("news-id", "42")
      .value("comments-num", "1 204")
      .value("login", "Admin")
      .xfield("country", "Azərbaycan")
      .categories(List.of(1, 3))
      .tags(List.of("Diaspora", "Şuşa"))
      .field("rating", "4.5")
      .build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "id=42|yes", "id = '42'|yes", "id=\"42\"|yes", "id!=42|no", "id=42.0|yes", "id>40|yes", "id>=42|yes",
      "id<42|no", "id<=42|yes", "rating>4|yes", "rating<4.5|no", "comm_num>1000|yes", "autor=admin|yes",
      "autor=ADMIN|yes", "title~bəyan|yes", "title!~bəyan|no", "category=3|yes", "category=2|no",
      "category!=2|yes", "category>2|yes", "tags=diaspora|yes", "tags~şu|yes", "tags!~xyz|yes",
      "xfield_country=azərbaycan|yes", "xfield_missing=|yes", "date>2024-05-01|yes", "date<2024-05-01|no",
      "date>=2024-05-03 11:05|yes", "id=42 and rating>4|yes", "id=42 and rating>5|no", "id=1 or rating>4|yes",
      "id=1 or rating>5|no", "nonsense|no", "unknown=|yes",
  })
  void evaluatesConditionsLikeDle18(String condition, String kept) {
    assertThat(Render.of("[if " + condition + "]yes[/if]", STORY)).isEqualTo(kept.equals("yes") ? "yes" : "");
  }

  @Test
  void nestsIfBlocksAndEvaluatesInnerOnesOnlyWhenTheOuterIsKept() {
    String template = "[if id=42]a[if rating>9]b[/if]c[if id=42]d[/if][/if]|[IF id=1]x[if id=42]y[/if][/If]";
    assertThat(Render.of(template, STORY)).isEqualTo("acd|");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
      "1;голос||а|ов;голос", "2;голос||а|ов;голоса", "5;голос||а|ов;голосов", "11;голос||а|ов;голосов",
      "21;голос||а|ов;голос", "112;голос||а|ов;голосов", "0;комментари|й|я|ев;комментариев",
      "3;new|s;news", "1;new|s;new", "7;a|b|c;ac", "3;a|b|c;ab", "1;word;word",
  })
  void choosesTheRussianPluralForm(String count, String words, String expected) {
    assertThat(Render.of("[declination=" + count + "]" + words + "[/declination]")).isEqualTo(expected);
  }

  @Test
  void readsTheDeclinationCountFromAValueTagWithHtml() {
    var item = Item.builder().value("vote-num", "<span data-vote-num-id=\"1\">2 1</span>").build();
    assertThat(Render.of("[declination={vote-num}]голос||а|ов[/declination]", item)).isEqualTo("голос");
  }
}
