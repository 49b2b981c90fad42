package org.ortaq.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ortaq.text.Language;

/**
 * One translation of the seed article, read from {@code demo/article.LANG.txt}: a title line, a
 * {@code ---} line, the leaked DLE tag line, a blank line, then one paragraph per line.
 */
record SeedArticle(Language language, String title, List<String> paragraphs) {

  static SeedArticle read(Language language) {
    String name = "/demo/article." + language.code() + ".txt";
    try (InputStream in = SeedArticle.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      if (lines.size() < 5 || !lines.get(1).equals("---")) {
        throw new IllegalStateException(name + " does not have the seed layout");
      }
      List<String> paragraphs =
          lines.subList(4, lines.size()).stream().filter(line -> !line.isBlank()).toList();
      return new SeedArticle(language, lines.get(0).trim(), paragraphs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body as HTML: each paragraph escaped and wrapped in {@code <p>}. */
  String html() {
    var html = new StringBuilder();
    for (String paragraph : paragraphs) {
      html.append("<p>").append(escape(paragraph)).append("</p>");
    }
    return html.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
