package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IncludeTest {
  @Test
  void includesFilesRecursivelyWithNormalizedNames() {
    var theme = Render.theme(Map.of(
        "main.tpl", "<body>{include file=\"Blocks/Header.TPL\"}|{INCLUDE file='./footer.tpl'}</body>",
        "Blocks/header.tpl", "<h1>{include file=\"../logo.tpl\"}</h1>",
        "logo.tpl", "<img src=\"{THEME}/logo.png\">",
        "footer.tpl", "[aviable=main]home[/aviable]"));

    assertThat(theme.template("main.tpl").render(PageContext.EMPTY, Item.EMPTY))
        .isEqualTo("<body><h1><img src=\"/templates/Default/logo.png\"></h1>|home</body>");
    assertThat(theme.check()).isEmpty();
  }

  @Test
  void printsTemplateNotFoundForAMissingIncludeAndWarnsInCheck() {
    var theme = Render.theme(Map.of("main.tpl", "a\n  {include file=\"sidebar.tpl\"}b"));

    assertThat(theme.template("main.tpl").render(PageContext.EMPTY, Item.EMPTY))
        .isEqualTo("a\n  Template not found: /templates/Default/sidebar.tplb");
    assertThat(theme.check()).extracting(TemplateProblem::toString)
        .containsExactly("main.tpl:2:3: warning: Template not found: /templates/Default/sidebar.tpl");
  }

  @Test
  void reportsAnIncludeCycleWhereItCloses() {
    var theme = Render.theme(Map.of(
        "main.tpl", "{include file=\"a.tpl\"}",
        "a.tpl", "x\n{include file=\"b.tpl\"}",
        "b.tpl", "y {include file=\"a.tpl\"}"));

    assertThatThrownBy(() -> theme.template("main.tpl"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("b.tpl:1:3: include cycle: main.tpl -> a.tpl -> b.tpl -> a.tpl");
  }

  @Test
  void rendersNothingForScriptAndStyleIncludes() {
    assertThat(Render.of("a{include file=\"js/app.js\"}b{include file=\"engine/modules/x.php?y=1\"}c")).isEqualTo("abc");
  }
}
