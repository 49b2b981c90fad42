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
  void readsCategoriesForCatmenuAndCommentsForCustomcomments() {
    var data = TemplateData.fromMap(Map.of("page", Map.of(
        "category-tree", List.of(
            Map.of("id", 1, "name", "Xəbərlər", "url", "/az/category/news/", "news-count", 12),
            Map.of("id", 2, "parent", 1, "name", "Dünya", "url", "/az/category/world/")),
        "custom-comments", List.of(Map.of("author", "Aysel"), Map.of("author", "Murad")))));
    var theme = Render.theme(Map.of(
        "main.tpl", "{catmenu}|{catnewscount id=\"1\"}|{customcomments limit=\"1\"}",
        "categorymenu.tpl", "[item]<a href=\"{url}\">{name} {news-count}</a>[/item]",
        "comments.tpl", "<p>{author}</p>"));

    assertThat(theme.template("main.tpl").render(data.page(), data.item())).isEqualTo(
        "<a href=\"/az/category/news/\">Xəbərlər 12</a><a href=\"/az/category/world/\">Dünya 0</a>|12|<p>Aysel</p>");
  }

  @Test
  void rejectsACategoryWithoutAName() {
    assertThatThrownBy(() -> TemplateData.fromMap(Map.of("page", Map.of("category-tree", List.of(Map.of("id", 1))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"name\"");
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
