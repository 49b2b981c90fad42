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
    text = text.replace("><", "> <");
    for (String spaced : SPACED) {
      if (text.contains(spaced)) {
        text = text.replace(spaced, " ");
      }
    }
    text = TagStripper.strip(text);
    if (containsIgnoreCase(text, "http")) {
      text = URL.matcher(text).replaceAll("");
    }
    text = escapeAndCollapse(text);
    return trim(cut(text, limit));
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
  private static String escapeAndCollapse(String text) {
    var out = new StringBuilder(text.length() + 32);
    int length = text.length();
    boolean inSpace = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isUnicodeSpace(c)) {
        if (!inSpace) {
          out.append(' ');
          inSpace = true;
        }
        continue;
      }
      inSpace = false;
      switch (c) {
        case '&' -> {
          // "&amp;" escaped gives "&amp;amp;", which DLE turns back into "&amp;" (one pass)
          if (text.startsWith("amp;", i + 1)) {
            out.append("&amp;");
            i += 4;
          } else {
            out.append("&amp;");
          }
        }
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#039;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '[' -> out.append("&#91;");
        case ']' -> out.append("&#93;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** PCRE's {@code \s} with the /u flag (UTF and Unicode properties): Z categories plus \h and \v. */
  static boolean isUnicodeSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    if (c < 0x85) {
      return false;
    }
    if (c == 0x85 || c == 0xA0 || c == 0x180E) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
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
    var out = new StringBuilder(text.length());
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

  static boolean containsIgnoreCase(String text, String needle) {
    return MarkupRemover.indexOfIgnoreCase(text, needle, 0) >= 0;
  }
}
