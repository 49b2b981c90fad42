package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomTagTest {
  @Test
  void parsesEveryParameterOfDle18() {
    CustomQuery query = CustomQuery.parse(" template=\"Blocks/top\" limit=\"5\" from='2' category=\"1,3-5\""
        + " categoryexclude=\"9\" subcat=\"YES\" id=\"10-12\" idexclude=\"11\" aviable=\"main|cat\" order=\"rand\""
        + " sort=\"asc\" sortbyuser=\"yes\" days=\"7\" futureannounce=\"yes\" fixed=\"only\" author=\"a, b\""
        + " authorexclude=\"c\" catalog=\"A\" catalogexclude=\"B\" xfields=\"source|AzərTac\" xfieldsexclude=\"x\""
        + " tags=\"Şuşa,diaspora\" navigation=\"yes\" cache=\"30m\" banners=\"yes\" unique=\"yes\" favorites=\"no\""
        + " name=\"top\"");

    assertThat(query.template()).isEqualTo("Blocks/top");
    assertThat(query.limit()).isEqualTo(5);
    assertThat(query.from()).isEqualTo(2);
    assertThat(query.category()).containsExactly(new IdRange(1, 1), new IdRange(3, 5));
    assertThat(query.categoryExclude()).containsExactly(new IdRange(9, 9));
    assertThat(query.subcat()).isEqualTo("yes");
    assertThat(query.id()).containsExactly(new IdRange(10, 12));
    assertThat(query.idExclude()).containsExactly(new IdRange(11, 11));
    assertThat(query.aviable()).containsExactly("main", "cat");
    assertThat(query.order()).isEqualTo("rand");
    assertThat(query.sort()).isEqualTo("asc");
    assertThat(query.sortByUser()).isTrue();
    assertThat(query.days()).isEqualTo(7);
    assertThat(query.futureAnnounce()).isTrue();
    assertThat(query.fixed()).isEqualTo("only");
    assertThat(query.author()).containsExactly("a", "b");
    assertThat(query.authorExclude()).containsExactly("c");
    assertThat(query.catalog()).containsExactly("A");
    assertThat(query.catalogExclude()).containsExactly("B");
    assertThat(query.xfields()).isEqualTo("source|AzərTac");
    assertThat(query.xfieldsExclude()).isEqualTo("x");
    assertThat(query.tags()).containsExactly("Şuşa", "diaspora");
    assertThat(query.navigation()).isTrue();
    assertThat(query.cache()).isEqualTo("30m");
    assertThat(query.banners()).isTrue();
    assertThat(query.unique()).isTrue();
    assertThat(query.favorites()).isFalse();
    assertThat(query.name()).isEqualTo("top");
  }

  @Test
  void defaultsToShortstoryEverywhere() {
    CustomQuery query = CustomQuery.parse(" limit=\"3\"");
    assertThat(query.template()).isEqualTo("shortstory");
    assertThat(query.aviable()).containsExactly("global");
    assertThat(query.category()).isEmpty();
  }

  @Test
  void rendersTheItemsOfTheSourceWithTheNamedTemplateAfterFillingGlobalTags() {
    List<CustomQuery> asked = new ArrayList<>();
    var page = PageContext.builder()
        .module("showfull")
        .categories(List.of(7))
        .newsId(42)
        .customSource(query -> {
          asked.add(query);
          return List.of(Item.builder().title("A").build(), Item.builder().title("B").build());
        })
        .build();
    var theme = Render.theme(Map.of(
        "fullstory.tpl", "<ul>{custom template=\"related\" category=\"{category-id}\" idexclude=\"{news-id}\" limit=\"2\"}</ul>"
            + "[aviable=showfull]{custom template=\"related\" aviable=\"main\"}[/aviable]",
        "related.tpl", "<li>[newscount=1]first [/newscount]{title}</li>"));

    String html = theme.template("fullstory.tpl").render(page, Item.EMPTY);

    assertThat(html).isEqualTo("<ul><li>first A</li><li>B</li></ul>");
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).category()).containsExactly(new IdRange(7, 7));
    assertThat(asked.get(0).idExclude()).containsExactly(new IdRange(42, 42));
  }

  @Test
  void rendersNothingForAMissingCustomTemplate() {
    var page = PageContext.builder().customSource(query -> List.of(Item.EMPTY)).build();
    assertThat(Render.of("a{custom template=\"nowhere\"}b", page)).isEqualTo("ab");
  }
}
