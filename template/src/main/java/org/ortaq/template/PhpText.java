package org.ortaq.template;

/**
 * The PHP string functions DLE's clean-and-cut relies on, with PHP's exact semantics:
 * {@code htmlspecialchars} with whitespace collapsing, {@code \\s} under the /u flag,
 * {@code trim} and {@code stripslashes}.
 */
final class PhpText {
  private PhpText() {}

  /** ASCII characters that escaping or whitespace collapsing must look at. */
  private static final boolean[] SPECIAL_ASCII = new boolean[128];

  static {
    for (char c : "&<>\"'{}[]\t\n\u000B\f\r".toCharArray()) {
      SPECIAL_ASCII[c] = true;
    }
  }

  /**
   * htmlspecialchars(ENT_QUOTES), "&amp;amp;" back to "&amp;", DLE 18's escaping of braces and
   * brackets, and every run of Unicode whitespace to one space, in one pass over the text; stops
   * once the text has more than {@code enough} code points, and when {@code mustStop} gives null
   * if it does not stop well before the end.
   */
  static String escapeAndCollapse(String text, int enough, boolean mustStop) {
    char[] chars = text.toCharArray();
    var out = new TextBuffer(Math.min(chars.length, enough) + 32);
    int stop = escapeAndCollapse(chars, chars.length, enough, out);
    if (mustStop && stop + 4 >= chars.length) { // the "amp;" look-ahead might have passed the end
      return null;
    }
    return out.toString();
  }

  /**
   * Escapes and collapses {@code text[0, length)} into {@code out} until {@code out} holds more than
   * {@code enough} code points; returns where it stopped ({@code length} when it did not).
   */
  static int escapeAndCollapse(char[] text, int length, int enough, TextBuffer out) {
    boolean inSpace = false;
    int run = 0; // start of the pending run of ordinary characters
    int written = 0; // chars out before the pending run
    int lowSurrogates = 0; // seen in runs, so that chars less these are code points
    for (int i = 0; i < length; i++) {
      if (written + (i - run) - lowSurrogates > enough) { // the cut needs no more than this prefix
        out.append(text, run, i);
        return i;
      }
      char c = text[i];
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
      if (c == '&' && i + 4 < length && text[i + 1] == 'a' && text[i + 2] == 'm' && text[i + 3] == 'p'
          && text[i + 4] == ';') {
        run = i + 5; // "&amp;" escaped gives "&amp;amp;", which DLE turns back into "&amp;"
        i += 4;
      }
    }
    out.append(text, run, length);
    return length;
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

  static String trim(String text) {
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

  static boolean isPhpTrimmed(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
  }

  /** PHP's {@code stripslashes}: drops each backslash and keeps what follows it; "\0" is NUL. */
  static String stripSlashes(String text) {
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
