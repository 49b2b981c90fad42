package org.ortaq.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.BreakIterator;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The schema.org NewsArticle of an article page as JSON-LD, safe inside a script element. */
final class NewsArticleJsonLd {
  /** Google's limit for a NewsArticle headline, in characters. */
  static final int HEADLINE_LIMIT = 110;

  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectWriter writer = mapper.writer().with(new ScriptSafeEscapes());

  String json(ArticleMetadataInput article) {
    var root = mapper.createObjectNode();
    root.put("@context", "https://schema.org");
    root.put("@type", "NewsArticle");
    root.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", article.url());
    root.put("url", article.url());
    root.put("headline", headline(article.headline(), article.language().locale()));
    if (!article.description().isBlank()) {
      root.put("description", article.description());
    }
    if (!article.imageUrl().isEmpty()) {
      root.putArray("image").add(article.imageUrl());
    }
    root.put("datePublished", article.published().truncatedTo(ChronoUnit.SECONDS).toString());
    root.put("dateModified", article.modified().truncatedTo(ChronoUnit.SECONDS).toString());
    root.put("inLanguage", article.language().code());
    if (article.author().isBlank()) {
      root.set("author", organization(article.publisher()));
    } else {
      root.putObject("author").put("@type", "Person").put("name", article.author());
    }
    root.set("publisher", organization(article.publisher()));
    root.putObject("isPartOf")
        .put("@type", "WebSite")
        .put("name", article.siteName())
        .put("url", article.siteUrl());
    if (!article.section().isBlank()) {
      root.put("articleSection", article.section());
    }
    if (!article.tags().isEmpty()) {
      article.tags().forEach(root.putArray("keywords")::add);
    }
    try {
      return writer.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON-LD could not be written", e);
    }
  }

  private ObjectNode organization(Publisher publisher) {
    var node = mapper.createObjectNode();
    node.put("@type", "Organization").put("name", publisher.name()).put("url", publisher.url());
    if (!publisher.logoUrl().isEmpty()) {
      node.putObject("logo").put("@type", "ImageObject").put("url", publisher.logoUrl());
    }
    return node;
  }

  /**
   * The title cut to {@link #HEADLINE_LIMIT} characters with an ellipsis: at the last space when
   * one is near, else between two user-perceived characters, never inside a surrogate pair or
   * before a combining mark.
   */
  static String headline(String title, Locale locale) {
    var text = title.strip();
    if (text.codePointCount(0, text.length()) <= HEADLINE_LIMIT) {
      return text;
    }
    int limit = text.offsetByCodePoints(0, HEADLINE_LIMIT - 1); // room for the ellipsis
    var characters = BreakIterator.getCharacterInstance(locale);
    characters.setText(text);
    int end = characters.isBoundary(limit) ? limit : characters.preceding(limit);
    int space = text.lastIndexOf(' ', end);
    if (space > end * 2 / 3) {
      end = space;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  /**
   * Escapes {@code <}, {@code >} and {@code &} as {@code \u003c}-style sequences, so no string can
   * close the script element ({@code </script>}) or open a comment ({@code <!--}), and
   * U+2028/U+2029, which older JavaScript parsers took for line ends.
   */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int character) {
      return switch (character) {
        case 0x2028 -> new SerializedString("\\u2028");
        case 0x2029 -> new SerializedString("\\u2029");
        default -> null;
      };
    }
  }
}
