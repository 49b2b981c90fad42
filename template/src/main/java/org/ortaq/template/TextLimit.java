package org.ortaq.template;

import java.util.regex.Pattern;

/**
 * DLE 18.0's {@code clear_content($text, $limit)}: the text behind {@code {short-story limit="N"}},
 * {@code {title limit="N"}}, {@code {text limit="N"}} and {@code [xfvalue_X limit="N"]}.
 *
 * <p>HTML goes in; plain, HTML-escaped, single-line text of at most N code points comes out, cut
 * at the last space of the first N code points, without an ellipsis. One deliberate deviation
 * from DLE: when the cut has no space to fall back on and would split an escaped entity such as
 * {@code &amp;}, it cuts before the entity ({@code "AT&T and more"}, 6 gives {@code "AT"}, not
 * DLE's {@code "AT&amp"}).
 */
public final class TextLimit {
  private static final Pattern URL =
      Pattern.compile("(^|\\s|>)((http|https)://\\w+[^\\s\\[\\]<]+)", Pattern.CASE_INSENSITIVE);
  private static final String[] SPACED = {
    "`", "\t", "\n", "\r", "\\t", "\\n", "\\r", "{PAGEBREAK}", "&nbsp;", "<br />", "<br>", " ,"
  };

  /**
   * How far past the limit escaping goes before it stops: enough to see the whole of an entity
   * that starts inside the limit (the longest DLE writes, "&quot;", has six characters).
   */
  private static final int ENTITY_ROOM = 8;

  /** ASCII characters that escaping or whitespace collapsing must look at. */
  private static final boolean[] SPECIAL_ASCII = new boolean[128];

  static {
    for (char c : "&<>\"'{}[]\t\n\u000B\f\r".toCharArray()) {
      SPECIAL_ASCII[c] = true;
    }
  }

  /** A character each needle of {@link #SPACED} holds, tested before looking for the needle. */
  private static final String SPACED_KEYS = "`\t\n\r\\\\\\{&<<,";

  private TextLimit() {}

  /**
   * Cleans {@code html} to plain escaped text and cuts it to at most {@code limit} code points; a
   * limit of 0 or 1 cleans without cutting, as in DLE.
   */
  public static String clean(String html, int limit) {
    if (html.isEmpty() || html.equals("0")) { // PHP's `!$content`: "0" is false too
      return "";
    }
    String text = stripSlashes(html);
    text = HtmlEntities.decode(text);
    text = removeMarkup(text);
    if (text.indexOf('&') >= 0) {
      text = text.replace("&#1072;", "a").replace("&#111;", "o");
    }
    if (text.indexOf("><") >= 0) {
      text = text.replace("><", "> <");
    }
    text = replaceSpaced(text);
    text = TagStripper.strip(text);
    if (mayHoldUrl(text)) {
      text = URL.matcher(text).replaceAll("");
    }
    text = escapeAndCollapse(text, limit > 1 && limit < Integer.MAX_VALUE - ENTITY_ROOM ? limit + ENTITY_ROOM : Integer.MAX_VALUE);
    return trim(cut(text, limit));
  }

  /**
   * DLE's {@code str_replace($remove, ' ', …)}: each needle of {@link #SPACED} becomes a space, one
   * needle after the other, as PHP does with an array of needles; String.replace returns the text
   * itself when a needle is absent.
   */
  private static String replaceSpaced(String text) {
    for (int i = 0; i < SPACED.length; i++) {
      String spaced = SPACED[i];
      // String.indexOf(char) is the cheapest test; most needles are absent from most texts
      if (text.indexOf(SPACED_KEYS.charAt(i)) < 0) {
        continue;
      }
      if (spaced.length() == 1) {
        text = text.replace(spaced.charAt(0), ' ');
      } else if (text.contains(spaced)) {
        text = text.replace(spaced, " ");
      }
    }
    return text;
  }

  /** Whether "http" (any case) occurs, which the URL pattern needs. */
  private static boolean mayHoldUrl(String text) {
    for (int i = text.indexOf("://"); i >= 0; i = text.indexOf("://", i + 1)) {
      if (i >= 4 && MarkupRemover.regionMatchesIgnoreAsciiCase(text, i - 4, "http")
          || i >= 5 && MarkupRemover.regionMatchesIgnoreAsciiCase(text, i - 5, "https")) {
        return true;
      }
    }
    return false;
  }

  private static String removeMarkup(String text) {
    if (text.indexOf('[') >= 0) {
      text = MarkupRemover.removeAll(text, MarkupRemover.HIDE);
      text = MarkupRemover.removeAll(text, MarkupRemover.ATTACHMENT);
      text = MarkupRemover.removeAll(text, MarkupRemover.PAGE);
    }
    if (text.indexOf('<') >= 0) {
      text = MarkupRemover.removeAll(text, MarkupRemover.SPOILER_HEAD);
      text = MarkupRemover.removeAll(text, MarkupRemover.SPOILER_TAIL);
    }
    if (text.indexOf('{') >= 0) {
      text = MarkupRemover.removeAll(text, MarkupRemover.BANNER_TAG);
    }
    if (text.indexOf('[') >= 0) {
      text = MarkupRemover.removeAll(text, MarkupRemover.BANNER_BLOCK);
    }
    if (text.indexOf('<') >= 0) {
      text = MarkupRemover.removeAll(text, MarkupRemover.PRE);
    }
    return text;
  }

  /**
   * htmlspecialchars(ENT_QUOTES), "&amp;amp;" back to "&amp;", DLE 18's escaping of braces and
   * brackets, and every run of Unicode whitespace to one space, in one pass over the text.
   */
  private static String escapeAndCollapse(String text, int enough) {
    int length = text.length();
    var out = new TextBuffer(Math.min(length, enough) + 32);
    boolean inSpace = false;
    int run = 0; // start of the pending run of ordinary characters
    int written = 0; // chars out before the pending run
    int lowSurrogates = 0; // seen in runs, so that chars less these are code points
    for (int i = 0; i < length; i++) {
      if (written + (i - run) - lowSurrogates > enough) { // the cut needs no more than this prefix
        return out.append(text, run, i).toString();
      }
      char c = text.charAt(i);
      if (c == ' ') { // a single space stays in the run; one after whitespace is dropped
        if (inSpace) {
          out.append(text, run, i);
          written += i - run;
          run = i + 1;
        }
        inSpace = true;
        continue;
      }
      if (c < 128 ? !SPECIAL_ASCII[c] : !isWideSpace(c)) {
        if (Character.isLowSurrogate(c)) {
          lowSurrogates++;
        }
        inSpace = false;
        continue;
      }
      String escaped = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#039;";
        case '{' -> "&#123;";
        case '}' -> "&#125;";
        case '[' -> "&#91;";
        case ']' -> "&#93;";
        default -> inSpace ? "" : " ";
      };
      out.append(text, run, i).append(escaped);
      written += (i - run) + escaped.length();
      run = i + 1;
      inSpace = escaped.length() <= 1;
      if (c == '&' && text.startsWith("amp;", i + 1)) {
        run = i + 5; // "&amp;" escaped gives "&amp;amp;", which DLE turns back into "&amp;"
        i += 4;
      }
    }
    return out.append(text, run, length).toString();
  }

  /** PCRE's {@code \s} with the /u flag (UTF and Unicode properties): Z categories plus \h and \v. */
  static boolean isUnicodeSpace(char c) {
    return c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') : isWideSpace(c);
  }

  /** The non-ASCII members of that set: NEL, every Zs, Zl and Zp character, and U+180E (in \h). */
  private static boolean isWideSpace(char c) {
    if (c < 0x1680) {
      return c == 0x85 || c == 0xA0;
    }
    return c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  private static String cut(String text, int limit) {
    if (limit <= 1 || text.codePointCount(0, text.length()) <= limit) {
      return text;
    }
    int end = text.offsetByCodePoints(0, limit);
    int space = text.lastIndexOf(' ', end - 1);
    if (space > 0) {
      return text.substring(0, space);
    }
    return text.substring(0, withoutSplitEntity(text, end));
  }

  /** The deviation from DLE: moves a hard cut that falls inside an entity to before the entity. */
  private static int withoutSplitEntity(String text, int end) {
    int ampersand = text.lastIndexOf('&', end - 1);
    if (ampersand < 0 || text.indexOf(';', ampersand) < end) {
      return end;
    }
    int semicolon = text.indexOf(';', ampersand);
    return semicolon > 0 && semicolon - ampersand <= 7 ? ampersand : end;
  }

  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isPhpTrimmed(text.charAt(start))) {
      start++;
    }
    while (end > start && isPhpTrimmed(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isPhpTrimmed(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
  }

  /** PHP's {@code stripslashes}: drops each backslash and keeps what follows it; "\0" is NUL. */
  private static String stripSlashes(String text) {
    int first = text.indexOf('\\');
    if (first < 0) {
      return text;
    }
    var out = new TextBuffer(text.length());
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
      } else if (i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == '0' ? '\0' : next);
      }
    }
    return out.toString();
  }

}
