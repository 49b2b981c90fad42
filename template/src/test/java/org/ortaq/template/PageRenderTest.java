package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRenderTest {
  private final Theme theme = Render.theme(Map.of(
      "main.tpl", "<main>{content}</main>[not-aviable=main]{content}[/not-aviable]{custom template=\"box\"}",
      "box.tpl", "<div>{content}</div>",
      "shortstory.tpl", "<h2>{title}</h2>[newscount=2]second[/newscount]"));

  @Test
  void rendersEachItemInTurnAsSeparateRendersWould() {
    var items = List.of(
        Item.builder().title("Şuşa").position(1).build(),
        Item.builder().title("Bakı & Gəncə").position(2).build(),
        Item.builder().title("İğdır").position(3).build());
    Template shortstory = theme.template("shortstory.tpl");
    var separately = new StringBuilder();
    items.forEach(item -> shortstory.render(PageContext.EMPTY, item, separately));

    var together = new StringBuilder(16);
    shortstory.renderEach(PageContext.EMPTY, items, together);

    assertThat(together.toString())
        .isEqualTo(separately.toString())
        .isEqualTo("<h2>Şuşa</h2><h2>Bakı &amp; Gəncə</h2>second<h2>İğdır</h2>");
  }

  @Test
  void fillsContentFromTheBufferEverywhereItIsShown() {
    PageContext page = PageContext.builder().module("cat")
        .customSource(query -> List.of(Item.builder().title("x").build())).build();
    var content = new StringBuilder(64).append("<p>Xəbərlər</p>");

    assertThat(theme.template("main.tpl").renderPage(page, content))
        .isEqualTo("<main><p>Xəbərlər</p></main><p>Xəbərlər</p><div><p>Xəbərlər</p></div>");
  }

  @Test
  void rendersThePageAsAContentValueWouldAndTheBufferWins() {
    Template main = theme.template("main.tpl");
    PageContext withValue = PageContext.builder().value("content", "<p>Ölkə</p>").build();

    assertThat(main.renderPage(PageContext.EMPTY, "<p>Ölkə</p>")).isEqualTo(main.render(withValue, Item.EMPTY));
    assertThat(main.renderPage(withValue, "<p>Dünya</p>")).isEqualTo("<main><p>Dünya</p></main>");
  }

  @Test
  void writesContentStraightIntoThePageWhereverItIsShown() {
    PageContext list = PageContext.EMPTY;
    PageContext page = PageContext.builder().module("cat")
        .customSource(query -> List.of(Item.builder().title("x").build())).build();
    Template shortstory = theme.template("shortstory.tpl");
    var items = List.of(Item.builder().title("Ə").position(1).build(), Item.builder().title("Ş").position(2).build());
    var buffered = new StringBuilder();
    shortstory.renderEach(list, items, buffered);

    assertThat(theme.template("main.tpl").renderPage(page, out -> shortstory.renderEach(list, items, out)))
        .isEqualTo(theme.template("main.tpl").renderPage(page, buffered))
        .isEqualTo("<main><h2>Ə</h2><h2>Ş</h2>second</main><h2>Ə</h2><h2>Ş</h2>second"
            + "<div><h2>Ə</h2><h2>Ş</h2>second</div>");
  }

  @Test
  void looksSharedValuesUpAfterThePagesOwn() {
    var shared = Map.of("lang_home", "Ana səhifə", "site", "shared");
    PageContext page = PageContext.builder().sharedValues(shared).value("site", "own").build();
    Template template = Render.theme(Map.of("t.tpl", "{lang_HOME} · {site} · {missing}")).template("t.tpl");

    assertThat(template.render(page, Item.EMPTY)).isEqualTo("Ana səhifə · own · {missing}");
  }
}
