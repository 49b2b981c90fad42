package org.ortaq.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.template.Template;
import org.ortaq.template.TextLimit;
import org.ortaq.template.Theme;

/**
 * The two targets of the template engine: a front page of 20 short stories inside main.tpl
 * (under 100 µs) and one {@code {short-story limit="840"}} of the seed article (under 5 µs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FrontPageBenchmark {
  private Template main;
  private Template shortstory;
  private List<Item> stories;
  private String seedHtml;

  @Setup
  public void compile() {
    Theme theme = BenchmarkFixture.theme();
    main = theme.template("main.tpl");
    shortstory = theme.template("shortstory.tpl");
    stories = BenchmarkFixture.stories();
    seedHtml = BenchmarkFixture.seedHtml();
  }

  /**
   * Renders the page around 20 stories as the server's list pages do (ArticlePages.listPage,
   * PageRenderer.renderPage): main.tpl renders into its buffer and, at {content}, the stories are
   * rendered with renderEach straight into that buffer.
   */
  @Benchmark
  public String frontPageOfTwentyStories() {
    PageContext list = BenchmarkFixture.page().build();
    PageContext page = BenchmarkFixture.page().build();
    return main.renderPage(page, out -> shortstory.renderEach(list, stories, out));
  }

  @Benchmark
  public String shortStoryLimit840OfTheSeed() {
    return TextLimit.clean(seedHtml, 840);
  }
}
