package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateDataTest {
  private static final Map<String, Object> DATA = Map.of(
      "title", "Şuşa Bəyannaməsi",
      "short-story", "<p>İki ölkə</p>",
      "date", "2024-05-03T11:05:09Z",
      "news-id", 42,
      "comments-num", 0,
      "xfields", Map.of("source", "AzərTac", "empty", ""),
      "categories", List.of(1, 3),
      "tags", List.of(),
      "blocks", Map.of("fixed", true),
      "page", Map.of("language", "az", "zone", "Asia/Baku", "module", "showfull", "user-group", 1,
          "values", Map.of("content", "<main>x</main>"), "custom", List.of(Map.of("title", "A"), Map.of("title", "B"))));

  @Test
  void buildsTheItemAndThePageFromParsedJson() {
    var data = TemplateData.fromMap(DATA);
    String template = "{title}|{short-story}|{date=j F Y H:i}|{news-id}|[fixed]F[/fixed]|[catlist=3]C[/catlist]"
        + "|[aviable=showfull]S[/aviable]|[group=1]A[/group]|{content}";

    assertThat(Render.of(template, data.page(), data.item()))
        .isEqualTo("Şuşa Bəyannaməsi|<p>İki ölkə</p>|3 may 2024 15:05|42|F|C|S|A|<main>x</main>");
  }

  @Test
  void derivesBlocksFromTheDataAsDleDoes() {
    var data = TemplateData.fromMap(DATA);
    String template = "[xfgiven_source]s[/xfgiven_source][xfgiven_empty]e[/xfgiven_empty][xfnotgiven_empty]n[/xfnotgiven_empty]"
        + "[tags]t[/tags][not-tags]-[/not-tags][comments]c[/comments][not-comments]0[/not-comments]";

    assertThat(Render.of(template, data.page(), data.item())).isEqualTo("sn-0");
  }

  @Test
  void answersCustomTagsWithThePagesItems() {
    var data = TemplateData.fromMap(DATA);
    var theme = Render.theme(Map.of("main.tpl", "{custom template=\"li\" limit=\"1\"}|{custom template=\"li\"}", "li.tpl", "<li>{title}</li>"));

    assertThat(theme.template("main.tpl").render(data.page(), data.item())).isEqualTo("<li>A</li>|<li>A</li><li>B</li>");
  }

  @Test
  void namesTheKeyOfAValueOfTheWrongShape() {
    assertThatThrownBy(() -> TemplateData.fromMap(Map.of("tags", "a,b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("\"tags\" must be a list");
    assertThatThrownBy(() -> TemplateData.fromMap(Map.of("date", "yesterday")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("\"date\" must be an ISO-8601 instant");
  }
}
