package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockTagTest {
  private static final Item ITEM = Item.builder()
      .block("fixed", true)
      .block("poll", false)
      .value("full-link", "/news/1.html")
      .build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "[fixed]pinned[/fixed]|pinned",
      "[FIXED]pinned[/Fixed]|pinned",
      "[poll]poll[/poll]|''",
      "[not-poll]no poll[/not-poll]|no poll",
      "[not-fixed]x[/not-fixed]|''",
      "[fixed]a[/fixed] [fixed]b[/fixed]|a b",
      "[fixed]a[fixed]b[/fixed]c[/fixed]|a[fixed]bc[/fixed]",
      "[unknown]body[/unknown]|[unknown]body[/unknown]",
      "[b]bold[/b] [i]x|[b]bold[/b] [i]x",
      "a[i] b[0] [/fixed]|a[i] b[0] [/fixed]",
      "[full-link]Read[/full-link]|<a href=\"/news/1.html\">Read</a>",
      "[com-link]Comments[/com-link]|<a href=\"/news/1.html#comment\">Comments</a>",
  })
  void keepsDropsOrLeavesBlocksLiteralAsDleDoes(String template, String expected) {
    assertThat(Render.of(template, ITEM)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "module {0}: {1} -> {2}")
  @CsvSource(delimiter = ';', value = {
      "main;[aviable=main]M[/aviable][not-aviable=main]N[/not-aviable];M",
      "cat;[aviable=main]M[/aviable][not-aviable=main]N[/not-aviable];N",
      "showfull;[available=main| showfull ]S[/available];S",
      "main;[aviable=main][aviable=cat]inner[/aviable]outer[/aviable];outer",
      "cat;[aviable=main][aviable=cat]inner[/aviable]outer[/aviable];''",
      "cat;[not-aviable=main][aviable=cat]in[/aviable]-out[/not-aviable];in-out",
      "main;[aviable=global]G[/aviable];''",
      "main;[AVIABLE=main]x[/AVIABLE];x",
  })
  void nestsAviableBlocksByModule(String module, String template, String expected) {
    var page = PageContext.builder().module(module).build();
    assertThat(Render.of(template, page)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "group {0}: {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "5|[group=5]guest[/group][not-group=5]member[/not-group]|guest",
      "1|[group=5]guest[/group][not-group=5]member[/not-group]|member",
      "1|[group=1, 2][group=2]editor[/group]admin[/group]|admin",
      "2|[group=1,2][not-group=1]editor[/not-group][/group]|editor",
  })
  void nestsGroupBlocksByVisitorGroup(int group, String template, String expected) {
    var page = PageContext.builder().userGroup(group).build();
    assertThat(Render.of(template, page)).isEqualTo(expected);
  }

  @Test
  void readsPageBlocksWhenTheItemHasNone() {
    var page = PageContext.builder().block("navigation", true).block("sort", false).build();
    assertThat(Render.of("[navigation]N[/navigation][sort]S[/sort][not-sort]-[/not-sort]", page)).isEqualTo("N-");
  }

  @Test
  void resolvesDlesOwnBlocksWithoutDataButLeavesUnknownOnesLiteral() {
    var story = Item.builder().title("x").build();
    String item = "[fixed]f[/fixed][not-fixed]n[/not-fixed][rating]r[/rating][mine]m[/mine]";
    assertThat(Render.of(item, story)).isEqualTo("n[mine]m[/mine]");
    assertThat(Render.of(item, Item.EMPTY)).isEqualTo(item);
    assertThat(Render.of("[page-title]t[/page-title][not-page-title]-[/not-page-title][custom=top]c[/custom][vk]v[/vk]"))
        .isEqualTo("-");
    var page = PageContext.builder().pageTitle("Ortaq").block("custom=top", true).build();
    assertThat(Render.of("[page-title]{page-title}[/page-title][custom=top]c[/custom]", page)).isEqualTo("Ortaqc");
  }

  @Test
  void leavesIeConditionalCommentsUnchanged() {
    String html = "<!--[if lt IE 9]><script src=\"html5.js\"></script><![endif]-->\n"
        + "<!--[if !IE]><!--><p>x</p><!--<![endif]-->";
    assertThat(Render.of(html)).isEqualTo(html);
    assertThat(Render.theme(Map.of("main.tpl", html)).check()).isEmpty();
  }

  @Test
  void reportsAnUnclosedIfWithItsPosition() {
    var theme = Render.theme(Map.of("shortstory.tpl", "<div>\n  [if views>10]popular\n</div>"));
    assertThatThrownBy(() -> theme.template("shortstory.tpl"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("shortstory.tpl:2:3: unclosed [if]");
  }

  @Test
  void reportsAnUnclosedAviable() {
    var theme = Render.theme(Map.of("main.tpl", "[aviable=main]x[aviable=cat]y[/aviable]"));
    assertThat(theme.check()).extracting(TemplateProblem::toString)
        .containsExactly("main.tpl:1:1: error: unclosed [aviable]");
  }
}
