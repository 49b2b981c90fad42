package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class RobustnessTest {
  @Test
  void refusesHundredThousandNestedIfsWithAClearError() {
    String template = "[if a=1]".repeat(100_000) + "x" + "[/if]".repeat(100_000);
    assertThatThrownBy(() -> Render.of(template))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("test.tpl:1:")
        .hasMessageEndingWith("blocks and includes nested deeper than 100");
  }

  @Test
  void reportsHundredThousandUnclosedIfsAsUnclosed() {
    assertThatThrownBy(() -> Render.of("[if a=1]".repeat(100_000)))
        .isInstanceOf(TemplateException.class)
        .hasMessage("test.tpl:1:1: unclosed [if]");
  }

  @Test
  void refusesAnIncludeChainDeeperThanTheLimit() {
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 150; i++) {
      files.put("f" + i + ".tpl", "<i>{include file=\"f" + (i + 1) + ".tpl\"}</i>");
    }
    files.put("f150.tpl", "end");
    assertThatThrownBy(() -> Render.theme(files).template("f0.tpl"))
        .isInstanceOf(TemplateException.class)
        .hasMessageEndingWith("blocks and includes nested deeper than 100");
  }

  @Test
  void stopsAnExponentialIncludeTreeAtTwoHundredFilesAsDleDoes() {
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      files.put("f" + i + ".tpl", "{include file=\"f" + (i + 1) + ".tpl\"}{include file=\"f" + (i + 1) + ".tpl\"}");
    }
    files.put("f40.tpl", "x");
    Theme theme = Render.theme(files);
    String html = theme.template("f0.tpl").render(PageContext.EMPTY, Item.EMPTY);
    assertThat(html).contains("Max 200 subtemplates files allowed");
    assertThat(theme.check()).anyMatch(problem -> problem.message().equals("more than 200 included files"));
  }

  @Test
  void leavesHundredThousandNestedBlocksOfOneNameToTheNonGreedyRule() {
    String template = "[fixed]".repeat(100_000) + "x" + "[/fixed]".repeat(100_000);
    Item item = Item.builder().block("fixed", true).build();
    String html = Render.of(template, item);
    assertThat(html).startsWith("[fixed][fixed]").endsWith("[/fixed]").contains("x");
  }

  @Test
  void compilesAndRendersFiveMegabytesQuickly() {
    String chunk = "<p>{title} [full-link]more[/full-link] {date=d.m.Y} [aviable=main]m[/aviable] {* c *} a[i] {x</p>\n";
    String template = chunk.repeat(5_000_000 / chunk.length());
    Item item = Item.builder().title("T").value("full-link", "/t").date(java.time.Instant.EPOCH).build();
    long start = System.nanoTime();
    String html = Render.of(template, item);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(html).startsWith("<p>T <a href=\"/t\">more</a> 01.01.1970 m  a[i] {x</p>");
  }

  @Test
  void cleansFiveMegabytesOfHostileHtml() {
    String hostile = "[hide]<pre>&amp;&#x41;<a href='x'>".repeat(100_000) + "[b]]]]".repeat(100_000);
    assertThat(TextLimit.clean(hostile, 100)).hasSizeLessThanOrEqualTo(100);
  }

  @Test
  void rendersDatesBeyondTheCalendarWithoutThrowing() {
    var item = Item.builder().date(java.time.Instant.MAX).editDate(java.time.Instant.MIN)
        .xfield("when", "99999999999999999").build();
    var page = PageContext.builder().now(java.time.Instant.EPOCH).build();
    assertThat(Render.of("{date}|{date=Y}|{edit-date=Y}|[xfvalue_when format=\"Y\"]|[if date>2024-01-01]x[/if]", page, item))
        .isEqualTo("{date}|{date=Y}|{edit-date=Y}|99999999999999999|x");
  }

  @Test
  void neverLoopsOnACustomTemplateThatListsItself() {
    var theme = Render.theme(Map.of("main.tpl", "{custom template=\"loop\"}", "loop.tpl", "<li>{title}{custom template=\"loop\"}</li>"));
    var page = PageContext.builder().customSource(query -> java.util.List.of(Item.builder().title("x").build())).build();
    assertThat(theme.template("main.tpl").render(page, Item.EMPTY)).isEqualTo("<li>x<li>x<li>x<li>x</li></li></li></li>");
  }
}
