package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomCommentsTest {
  private static final List<Item> COMMENTS = List.of(
      Item.builder().value("comment", "Great {title}").value("author", "Aysel").value("news-title", "Şuşa").build(),
      Item.builder().value("comment", "Agreed").value("author", "Murad").value("news-title", "Bakı").build());

  @Test
  void parsesEveryParameterDle18Reads() {
    CommentQuery query = CommentQuery.parse(" template=\"Last\" available=\"main|cat\" newsid=\"5,7-9\""
        + " newsidexclude=\"6\" id=\"100-200\" idexclude=\"150\" category=\"1\" categoryexclude=\"2\" days=\"30\""
        + " author=\"a, b\" authorexclude=\"c\" from=\"2\" limit=\"5\" order=\"Rating\" sort=\"ASC\" cache=\"1h\" name=\"latest\"");

    assertThat(query.template()).isEqualTo("Last");
    assertThat(query.aviable()).containsExactly("main", "cat");
    assertThat(query.newsId()).containsExactly(new IdRange(5, 5), new IdRange(7, 9));
    assertThat(query.newsIdExclude()).containsExactly(new IdRange(6, 6));
    assertThat(query.id()).containsExactly(new IdRange(100, 200));
    assertThat(query.idExclude()).containsExactly(new IdRange(150, 150));
    assertThat(query.category()).containsExactly(new IdRange(1, 1));
    assertThat(query.categoryExclude()).containsExactly(new IdRange(2, 2));
    assertThat(query.days()).isEqualTo(30);
    assertThat(query.author()).containsExactly("a", "b");
    assertThat(query.authorExclude()).containsExactly("c");
    assertThat(query.from()).isEqualTo(2);
    assertThat(query.limit()).isEqualTo(5);
    assertThat(query.order()).isEqualTo("rating");
    assertThat(query.sort()).isEqualTo("asc");
    assertThat(query.cache()).isEqualTo("1h");
    assertThat(query.name()).isEqualTo("latest");
  }

  @Test
  void defaultsToTheCommentsTemplateNewestFirst() {
    CommentQuery query = CommentQuery.parse(" limit=\"3\" order=\"nonsense\" sort=\"sideways\"");
    assertThat(query.template()).isEqualTo("comments");
    assertThat(query.order()).isEqualTo("date");
    assertThat(query.sort()).isEqualTo("desc");
    assertThat(query.newsId()).isEmpty();
    assertThat(query.id()).isEmpty();
    assertThat(query.shownIn("anything")).isTrue();
  }

  @Test
  void rendersEachCommentThroughItsTemplateWithoutReadingDataAsTags() {
    var asked = new ArrayList<CommentQuery>();
    var page = PageContext.builder().commentSource(query -> {
      asked.add(query);
      return COMMENTS;
    }).build();
    var theme = Render.theme(Map.of(
        "main.tpl", "<ul>{customcomments template=\"lastcomments\" available=\"global\" limit=\"5\"}</ul>",
        "lastcomments.tpl", "<li>[newscount=1]first [/newscount]{author}: {comment} ({news-title})</li>"));

    assertThat(theme.template("main.tpl").render(page, Item.EMPTY))
        .isEqualTo("<ul><li>first Aysel: Great {title} (Şuşa)</li><li>Murad: Agreed (Bakı)</li></ul>");
    assertThat(asked).singleElement().satisfies(query -> assertThat(query.limit()).isEqualTo(5));
  }

  @Test
  void printsNothingWithoutCommentsOrOutsideItsModules() {
    var page = PageContext.builder().module("showfull").commentSource(query -> COMMENTS).build();
    var theme = Render.theme(Map.of("main.tpl", "a{customcomments available=\"main|cat\"}b{customcomments limit=\"1\"}c",
        "comments.tpl", "{author}"));
    assertThat(theme.template("main.tpl").render(page, Item.EMPTY)).isEqualTo("abAysel Muradc".replace(" ", ""));
    assertThat(theme.template("main.tpl").render(PageContext.EMPTY, Item.EMPTY)).isEqualTo("abc");
  }
}
