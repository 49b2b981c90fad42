package org.ortaq.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML entities like PHP's {@code html_entity_decode($s, ENT_QUOTES | ENT_HTML5, 'UTF-8')}.
 *
 * <p>PHP's rules, kept here: a named reference needs its semicolon and an entry in the HTML5
 * table; a numeric one ({@code &#N;}, {@code &#xH;}) is decoded only when the code point is allowed
 * in an HTML5 document (so {@code &#13;}, {@code &#128;} or {@code &#xD800;} stay as they are);
 * decoding is a single pass, so {@code &amp;lt;} becomes {@code &lt;}.
 */
final class HtmlEntities {
  private static final Map<String, String> NAMED = load();
  private static final int LONGEST_NAME = 32;

  private HtmlEntities() {}

  static String decode(String text) {
    int first = text.indexOf('&');
    if (first < 0) {
      return text;
    }
    var out = new TextBuffer(text.length());
    out.append(text, 0, first);
    int length = text.length();
    int i = first;
    while (i < length) {
      if (text.charAt(i) != '&') {
        int next = text.indexOf('&', i);
        next = next < 0 ? length : next;
        out.append(text, i, next);
        i = next;
        continue;
      }
      if (i + 3 >= length) {
        out.append(text, i, length);
        break;
      }
      int next = text.charAt(i + 1) == '#' ? numeric(text, i + 2, out) : named(text, i + 1, out);
      if (next < 0) {
        out.append('&');
        i++;
      } else {
        i = next;
      }
    }
    return out.toString();
  }

  /** Appends the decoded character and returns the index after ';', or -1 when not an entity. */
  private static int numeric(String text, int start, TextBuffer out) {
    int length = text.length();
    boolean hexadecimal = start < length && (text.charAt(start) == 'x' || text.charAt(start) == 'X');
    int i = hexadecimal ? start + 1 : start;
    int radix = hexadecimal ? 16 : 10;
    long code = 0;
    int digits = 0;
    while (i < length && Character.digit(text.charAt(i), radix) >= 0 && text.charAt(i) < 128) {
      code = Math.min(code * radix + Character.digit(text.charAt(i), radix), Integer.MAX_VALUE);
      digits++;
      i++;
    }
    if (digits == 0 || i >= length || text.charAt(i) != ';' || code > 0x10FFFF) {
      return -1;
    }
    int codePoint = (int) code;
    if (!allowedInHtml5(codePoint)) {
      return -1;
    }
    out.appendCodePoint(codePoint);
    return i + 1;
  }

  private static int named(String text, int start, TextBuffer out) {
    int length = text.length();
    int i = start;
    while (i < length && i - start <= LONGEST_NAME && isAsciiLetterOrDigit(text.charAt(i))) {
      i++;
    }
    if (i == start || i >= length || text.charAt(i) != ';') {
      return -1;
    }
    String decoded = NAMED.get(text.substring(start, i));
    if (decoded == null) {
      return -1;
    }
    out.append(decoded);
    return i + 1;
  }

  /** PHP's {@code unicode_cp_is_allowed} for HTML5, plus its special refusal of U+000D. */
  private static boolean allowedInHtml5(int codePoint) {
    return (codePoint >= 0x20 && codePoint <= 0x7E)
        || codePoint == 0x09
        || codePoint == 0x0A
        || codePoint == 0x0C
        || (codePoint >= 0xA0 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000
            && codePoint <= 0x10FFFF
            && (codePoint & 0xFFFF) < 0xFFFE
            && (codePoint < 0xFDD0 || codePoint > 0xFDEF));
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static Map<String, String> load() {
    Map<String, String> table = new HashMap<>(4096);
    try (InputStream in = HtmlEntities.class.getResourceAsStream("html5-entities.tsv");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        var value = new StringBuilder();
        for (String hex : line.substring(tab + 1).split(" ")) {
          value.appendCodePoint(Integer.parseInt(hex, 16));
        }
        table.put(line.substring(0, tab), value.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }
}
