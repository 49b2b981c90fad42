package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TextLimit#clean} against a straightforward clean-and-cut: every step of DLE 18's
 * {@code clear_content} as a separate pass over the whole text, escaping and collapsing the whole
 * text before the cut, on random texts built to exercise the fast paths and their fallbacks.
 */
class TextLimitEquivalenceTest {
  private static final Pattern URL =
      Pattern.compile("(^|\\s|>)((http|https)://\\w+[^\\s\\[\\]<]+)", Pattern.CASE_INSENSITIVE);
  private static final String[] SPACED = {
    "`", "\t", "\n", "\r", "\\t", "\\n", "\\r", "{PAGEBREAK}", "&nbsp;", "<br />", "<br>", " ,"
  };
  private static final List<MarkupRemover.Pattern> REMOVED = List.of(
      MarkupRemover.HIDE, MarkupRemover.ATTACHMENT, MarkupRemover.PAGE, MarkupRemover.SPOILER_HEAD,
      MarkupRemover.SPOILER_TAIL, MarkupRemover.BANNER_TAG, MarkupRemover.BANNER_BLOCK, MarkupRemover.PRE);

  /** Long plain runs, so that the prefix fast path finds boundaries, and every trigger of a pass. */
  private static final String[] PIECES = {
    "Azərbaycan və Türk diaspor təşkilatlarının ", "Бакинский государственный университет ",
    "the quick brown fox jumps over the lazy dog ", "ABŞ-dakı diasporumuz ", "şəhər", "Ərdoğan", "a", "ə",
    " ", "  ", ", ", " ,", ".", "\u00A0", "\u2003", "\r\n", "\n", "\t", "\u000B", "`", "😀", "e\u0301", "o\u0308",
    "&amp;", "&amp;amp;", "&lt;b&gt;", "&#8212;", "&nbsp;", "&eacute;", "&#1072;", "&amp;#111;", "&bogus;", "&",
    "&quot;", "'", "\"", "<", ">", "{", "}", "[", "]", "\\", "\\n", "\\\\t", "\0",
    "<p>", "</p>", "<b>", "</b>", "<br>", "<br />", "<br/>", "<img src=\"/u/1.jpg\" alt=\"\">",
    "<a href=\"https://example.az/x\">", "</a>", "<!-- note -->", "<?php x ?>", "<!DOCTYPE html>",
    "<pre>code</pre>", "<PRE class=x>c\n</pre>", "[hide]secret[/hide]", "[hide=1,2]s[/hide]", "[attachment=12]",
    "[page=2]next[/page]", "{banner_top}", "[banner_x]ad[/banner_x]", "{PAGEBREAK}",
    "<!--dle_spoiler x --><!--spoiler_text-->", "<!--spoiler_text_end--> y <!--/dle_spoiler-->",
    " http://example.com/page ", " https://ab.cd/e?f=g ", ">https://x.y/z", "Link:https://glued.example",
    "http:", "://", "<br", "x>< y", "-->", "<a title=\"x>y\">",
  };

  @Test
  void cleansAndCutsLikeTheStraightforwardPassesOnRandomTexts() {
    var random = new Random(20240503);
    int prefixHits = 0;
    int runs = 20_000;
    for (int run = 0; run < runs; run++) {
      var text = new StringBuilder();
      int pieces = random.nextInt(random.nextBoolean() ? 20 : 200);
      boolean plainOnly = random.nextInt(4) == 0; // mostly words, with a few triggers
      for (int i = 0; i < pieces; i++) {
        int bound = plainOnly && random.nextInt(8) != 0 ? 8 : PIECES.length;
        text.append(PIECES[random.nextInt(bound)]);
      }
      String input = text.toString();
      int limit = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(3);
        case 1 -> random.nextInt(40);
        default -> random.nextInt(1200);
      };
      assertThat(TextLimit.clean(input, limit)).as("%s / %d", input, limit).isEqualTo(reference(input, limit));
      String early = TextLimit.removeEarly(input);
      if (early != null && limit > 1 && TextLimit.cutFromPrefix(early, limit) != null) {
        prefixHits++;
      }
    }
    assertThat(prefixHits).as("texts cut from a prefix").isGreaterThan(runs / 10);
  }

  @Test
  void cutsTheSeedFromAPrefix() throws Exception {
    String html = String.join("\n", TextLimitTest.seedLines().subList(4, TextLimitTest.seedLines().size()).stream()
        .filter(line -> !line.isEmpty()).map(line -> "<p>" + line + "</p>").toList());
    for (int limit : new int[] {2, 5, 20, 100, 300, 840, 900, 2000, 5000}) {
      assertThat(TextLimit.clean(html, limit)).as("limit %d", limit).isEqualTo(reference(html, limit));
    }
    assertThat(TextLimit.cutFromPrefix(TextLimit.removeEarly(html), 840)).isNotNull();
  }

  @Test
  void cutsAStoryWithAdjacentTagsFromAPrefix() throws Exception {
    String paragraph = "<p>" + TextLimitTest.seedLines().get(4) + "</p>";
    for (String html : new String[] {
        "<img src=\"/uploads/posts/2024/05/1.jpg\" alt=\"\">" + paragraph,
        "<div><b>x</b><i>y</i></div>" + paragraph + "<p>tail</p>",
        "<p>`a`</p><p>\tb\r\n</p>" + paragraph}) {
      for (int limit : new int[] {2, 5, 20, 100, 300, 840}) {
        assertThat(TextLimit.clean(html, limit)).as("%s / %d", html, limit).isEqualTo(reference(html, limit));
      }
      assertThat(TextLimit.cutFromPrefix(TextLimit.removeEarly(html), 300)).as(html).isNotNull();
    }
  }

  /** DLE 18's clear_content step by step (reference §2.2), with the README's entity rule for the cut. */
  static String reference(String html, int limit) {
    if (html.isEmpty() || html.equals("0")) {
      return "";
    }
    var unslashed = new StringBuilder();
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c != '\\') {
        unslashed.append(c);
      } else if (i + 1 < html.length()) {
        char next = html.charAt(++i);
        unslashed.append(next == '0' ? '\0' : next);
      }
    }
    String text = HtmlEntities.decode(unslashed.toString());
    for (MarkupRemover.Pattern pattern : REMOVED) {
      text = MarkupRemover.removeAll(text, pattern);
    }
    text = text.replace("&#1072;", "a").replace("&#111;", "o").replace("><", "> <");
    for (String spaced : SPACED) {
      text = text.replace(spaced, " ");
    }
    text = TagStripper.strip(text);
    text = URL.matcher(text).replaceAll("");
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#039;").replace("&amp;amp;", "&amp;")
        .replace("{", "&#123;").replace("}", "&#125;").replace("[", "&#91;").replace("]", "&#93;");
    var collapsed = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!PhpText.isUnicodeSpace(c)) {
        collapsed.append(c);
      } else if (collapsed.isEmpty() || !PhpText.isUnicodeSpace(text.charAt(i - 1))) {
        collapsed.append(' ');
      }
    }
    text = collapsed.toString();
    if (limit > 1 && text.codePointCount(0, text.length()) > limit) {
      int end = text.offsetByCodePoints(0, limit);
      int space = text.lastIndexOf(' ', end - 1);
      if (space > 0) {
        end = space;
      } else {
        int ampersand = text.lastIndexOf('&', end - 1);
        int semicolon = ampersand < 0 ? -1 : text.indexOf(';', ampersand);
        if (ampersand >= 0 && semicolon >= end && semicolon - ampersand <= 7) {
          end = ampersand;
        }
      }
      text = text.substring(0, end);
    }
    int start = 0;
    int end = text.length();
    while (start < end && " \t\n\r\0\u000B".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && " \t\n\r\0\u000B".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }
}
