package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryMenuTest {
  /** News (1) with World (2) and Baku (3, World's child), Culture (4), Sport (5). */
  private static final CategoryTree TREE = CategoryTree.of(List.of(
      new Category(1, 0, "News", "All news", "/icons/news.png", "/az/news", 12),
      new Category(2, 1, "World", "", "", "/az/news/world", 5),
      new Category(3, 2, "Baku", "", "", "/az/news/world/baku", 2),
      new Category(4, 0, "Culture", "", "", "/az/culture", 0),
      new Category(5, 0, "Sport", "", "", "/az/sport", 7)));

  private static final String FLAT = "[item]{name}({news-count})[isparent]+[/isparent]{sub-item};[/item]";

  private static PageContext page(int... current) {
    var categories = new java.util.ArrayList<Integer>();
    for (int id : current) {
      categories.add(id);
    }
    return PageContext.builder().categorySource(() -> TREE).categories(categories).build();
  }

  private static String render(String main, String menu, PageContext page) {
    return Render.theme(Map.of("main.tpl", main, "categorymenu.tpl", menu)).template("main.tpl").render(page, Item.EMPTY);
  }

  @Test
  void rendersTheWholeTreeWithChildrenInPlaceOfSubItem() {
    String menu = "<ul>[item]<li>{name}[sub-prefix]<ul>[/sub-prefix]{sub-item}[sub-suffix]</ul>[/sub-suffix]</li>[/item]</ul>";
    assertThat(render("{catmenu}", menu, page()))
        .isEqualTo("<ul><li>News<ul><li>World<ul><li>Baku</li></ul></li></ul></li><li>Culture</li><li>Sport</li></ul>");
  }

  @Test
  void appendsChildrenAfterTheItemWithoutSubItem() {
    String menu = "[sub-prefix] ( [/sub-prefix][sub-suffix] ) [/sub-suffix][item] {name} [/item]";
    assertThat(render("{catmenu id=\"1\"}", menu, page())).isEqualTo("News(World(Baku))");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{catmenu id=\"1\"}|News(12)+World(5)+Baku(2);;;",
      "{catmenu id=\"1\" subcat=\"yes\"}|News(12)+World(5)+Baku(2);;;",
      "{catmenu id=\"1,3\" subcat=\"no\"}|News(12);Baku(2);",
      "{catmenu id=\"1\" subcat=\"only\"}|World(5)+Baku(2);;",
      "{catmenu id=\"4-5\"}|Culture(0);Sport(7);",
      "{catmenu idexclude=\"2,4\"}|News(12)+;Sport(7);",
      "{catmenu id=\"9\"}|''",
      "{catmenu idexclude=\"1-5\"}|''"})
  void filtersByIdExclusionAndSubcategoriesAsDle(String tag, String expected) {
    assertThat(render(tag, FLAT, page())).isEqualTo(expected);
  }

  @Test
  void fillsEveryItemTagAndBlock() {
    String menu = "[item]{id}|{url}|{icon}|[cat-icon]i[/cat-icon][not-cat-icon]-[/not-cat-icon]|{description}"
        + "[description]d[/description][not-description]-[/not-description]|[is-children]c[/is-children]"
        + "[not-children]r[/not-children]|[not-parent]leaf[/not-parent]\n[/item]";
    assertThat(render("{catmenu id=\"1,3\" subcat=\"no\"}", menu, page())).isEqualTo(
        "1|/az/news|/icons/news.png|i|All newsd|r|leaf" // the item is trimmed, as DLE trims it
            + "3|/az/news/world/baku|/templates/Default/dleimages/no_icon.gif|-|-|c|leaf");
  }

  @Test
  void marksTheCurrentCategoryAndItsParentsActive() {
    String menu = "[item]{id}[active]*[/active][not-active]-[/not-active]{sub-item}[/item]";
    assertThat(render("{catmenu}", menu, page(3))).isEqualTo("1*2*3*4-5-");
    assertThat(render("{catmenu}", menu, page())).isEqualTo("1-2-3-4-5-");
  }

  @Test
  void dropsActiveMarksInACachedMenuAsDleDoes() {
    String menu = "[item]{id}[active]*[/active][not-active]-[/not-active]{sub-item}[/item]";
    assertThat(render("{catmenu cache=\"yes\"}", menu, page(3))).isEqualTo("1-2-3-4-5-");
  }

  @Test
  void dropsRootTagsAndKeepsTextOutsideTheItemWithPageTags() {
    String menu = "[root]<nav class=\"{THEME}\">[/root][item]{name}[/item]{name}</nav>";
    assertThat(render("{catmenu id=\"5\"}", menu, page())).isEqualTo("<nav class=\"/templates/Default\">Sport{name}</nav>");
  }

  @Test
  void readsTheNamedTemplateTransliteratedAndPrintsDlesMessageWhenItIsMissing() {
    var theme = Render.theme(Map.of("main.tpl", "{catmenu template=\"Меню Top\"}|{catmenu template=\"nope\"}",
        "menyu-top.tpl", "[item]{id}[/item]"));
    assertThat(theme.template("main.tpl").render(page(), Item.EMPTY))
        .isEqualTo("12345|Template not found: /templates/Default/nope.tpl");
    assertThat(theme.check()).anySatisfy(problem -> {
      assertThat(problem.severity()).isEqualTo(Severity.WARNING);
      assertThat(problem.message()).contains("Template not found: /templates/Default/nope.tpl");
    });
  }

  @Test
  void printsNothingWithoutCategoriesEvenWhenTheTemplateIsMissing() {
    assertThat(Render.of("a{catmenu}b")).isEqualTo("ab");
  }

  @Test
  void readsParametersFromGlobalTags() {
    assertThat(render("{catmenu id=\"{category-id}\" subcat=\"only\"}", FLAT, page(2))).isEqualTo("Baku(2);");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{catmenu id=\"news\"}|main.tpl:1:1: catmenu id must list category ids or ranges, not \"news\"",
      "{catmenu idexclude=\"1,x-2\"}|main.tpl:1:1: catmenu idexclude must list category ids or ranges, not \"x-2\"",
      "x {catmenu subcat=\"yess\"}|main.tpl:1:3: catmenu subcat must be yes, no or only, not \"yess\"",
      "{catnewscount id=\"one\"}|main.tpl:1:1: catnewscount id must be a category id, not \"one\""})
  void rejectsParametersDleWouldMisreadWithTheirPosition(String main, String message) {
    var theme = Render.theme(Map.of("main.tpl", main, "categorymenu.tpl", FLAT));
    assertThatThrownBy(() -> theme.template("main.tpl")).isInstanceOf(TemplateException.class).hasMessage(message);
  }

  @Test
  void refusesAMenuTemplateThatShowsItself() {
    var theme = Render.theme(Map.of("main.tpl", "{catmenu}", "categorymenu.tpl", "[item]{catmenu}[/item]"));
    assertThatThrownBy(() -> theme.template("main.tpl")).hasMessageContaining("include cycle");
  }

  @Test
  void countsNewsOfACategoryAndZeroForAnUnknownOne() {
    assertThat(Render.of("{catnewscount id=\"1\"}|{catnewscount id='5'}|{catnewscount id=\"9\"}|{catnewscount id=\"{category-id}\"}",
        page(2))).isEqualTo("12|7|0|5");
    assertThat(Render.of("{catnewscount id=\"1\"}")).isEqualTo("0");
  }

  @Test
  void leavesMenuTagsOutsideAMenuAlone() {
    assertThat(Render.of("{name}[active]x[/active]{sub-item}", page(1))).isEqualTo("{name}[active]x[/active]{sub-item}");
  }
}
