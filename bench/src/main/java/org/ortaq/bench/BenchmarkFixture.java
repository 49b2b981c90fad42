package org.ortaq.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.template.TemplateSource;
import org.ortaq.template.Theme;

/** The demo theme and the seed article, loaded from this module's resources. */
final class BenchmarkFixture {
  /** Constants, as the server's zone and clock are: a page render parses neither. */
  private static final ZoneId BAKU = ZoneId.of("Asia/Baku");

  private static final Instant NOW = Instant.parse("2024-05-05T10:00:00Z");

  private BenchmarkFixture() {}

  static Theme theme() {
    return Theme.of(TemplateSource.inMemory("Ortaq", Map.of(
        "main.tpl", resource("theme/main.tpl"),
        "shortstory.tpl", resource("theme/shortstory.tpl"),
        "blocks/speedbar.tpl", resource("theme/blocks/speedbar.tpl"))));
  }

  /** The seed article's body as stored HTML: one paragraph per line. */
  static String seedHtml() {
    List<String> lines = Arrays.asList(resource("article.az.txt").split("\n", -1));
    return lines.subList(4, lines.size()).stream()
        .filter(line -> !line.isEmpty())
        .map(line -> "<p>" + line + "</p>")
        .collect(Collectors.joining("\n"));
  }

  /** Twenty stories of a front page, each with the seed's first paragraph as its short story. */
  static List<Item> stories() {
    String firstParagraph = seedHtml().split("\n")[0];
    var stories = new ArrayList<Item>();
    for (int i = 1; i <= 20; i++) {
      stories.add(Item.builder()
          .title("Azərbaycan və Türk diaspor təşkilatlarının forumu №" + i)
          .shortStory("<img src=\"/uploads/posts/2024/05/" + i + ".jpg\" alt=\"\">" + firstParagraph)
          .date(Instant.parse("2024-05-03T11:05:09Z").minusSeconds(3600L * i))
          .value("news-id", Integer.toString(i))
          .value("full-link", "/az/news/2024/05/forum-" + i)
          .value("link-category", "<a href=\"/az/news/\">Xəbərlər</a>")
          .value("views", "1 2" + i)
          .value("comments-num", Integer.toString(i % 3))
          .value("tags", "<a href=\"/tags/diaspora/\">diaspora</a>, <a href=\"/tags/susa/\">Şuşa</a>")
          .xfield("source", i % 2 == 0 ? "AzərTac" : "")
          .tags(List.of("diaspora", "Şuşa"))
          .block("fixed", i == 1)
          .position(i)
          .build());
    }
    return List.copyOf(stories);
  }

  static PageContext.Builder page() {
    return PageContext.builder()
        .language("az")
        .zone(BAKU)
        .now(NOW)
        .module("main")
        .themeUrl("/templates/Ortaq")
        .value("headers", "<title>Ortaq</title>")
        .value("tags", "<a href=\"/tags/diaspora/\">diaspora</a>")
        .value("navigation", "<a href=\"/az/page/2/\">2</a>");
  }

  private static String resource(String name) {
    try (InputStream in = BenchmarkFixture.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
