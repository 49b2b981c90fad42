package org.ortaq.template;

/**
 * PHP's {@code strip_tags()} without allowed tags: the same state machine (text, tag, PHP block,
 * {@code <!…>} declaration, comment), quote tracking and nesting depth, so that text DLE keeps is
 * kept here and text DLE drops is dropped. A {@code <} followed by whitespace is text; an
 * unterminated tag swallows the rest; NUL characters are removed.
 */
final class TagStripper {
  private static final int TEXT = 0;
  private static final int TAG = 1;
  private static final int PHP = 2;
  private static final int DECLARATION = 3;
  private static final int COMMENT = 4;

  private TagStripper() {}

  static String strip(String text) {
    return strip(text, false);
  }

  /**
   * The text without tags; with {@code atText}, null unless the text ends in plain text outside
   * any tag (state text, nesting depth 0), where stripping a longer text would go on the same way.
   */
  static String strip(String text, boolean atText) {
    if (text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('\0') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    char[] out = new char[chars.length];
    int length = strip(chars, chars.length, out, atText, text.indexOf('\0') >= 0);
    return length < 0 ? null : new String(out, 0, length);
  }

  /**
   * Strips {@code text[0, length)} into {@code out} (at least as long) and returns the length
   * written; with {@code atText}, -1 unless the text ends in plain text outside any tag. The
   * caller says whether the text holds a NUL (its String's indexOf is vectorised).
   */
  static int strip(char[] text, int length, char[] out, boolean atText, boolean hasNul) {
    int written = 0;
    int state = TEXT;
    int depth = 0;
    char quote = 0;
    char last = 0;
    int brackets = 0;
    boolean xml = false;
    for (int p = 0; p < length; p++) {
      if (state == TEXT) { // copy plain text in runs
        int next;
        if (depth == 0 && !hasNul) {
          next = p;
          while (next < length && text[next] != '<') {
            next++;
          }
        } else {
          next = p;
          while (next < length) {
            char c = text[next];
            if (c == '<' || c == '\0' || (c == '>' && depth > 0)) {
              break;
            }
            next++;
          }
        }
        System.arraycopy(text, p, out, written, next - p);
        written += next - p;
        if (next >= length) {
          break;
        }
        p = next;
      }
      char c = text[p];
      char previous = p > 0 ? text[p - 1] : 0;
      switch (state) {
        case TEXT -> {
          if (c == '\0') {
            continue;
          }
          if (c == '<') {
            if (p + 1 < length && isSpace(text[p + 1])) {
              out[written++] = c;
            } else {
              last = '<';
              state = TAG;
            }
          } else if (c == '>' && depth > 0) {
            depth--;
          } else {
            out[written++] = c;
          }
        }
        case TAG -> {
          if (c == '<') {
            if (quote == 0 && !(p + 1 < length && isSpace(text[p + 1]))) {
              depth++;
            }
          } else if (c == '>') {
            if (depth > 0) {
              depth--;
            } else if (quote == 0) {
              last = '>';
              if (!(xml && previous == '-')) {
                quote = 0;
                state = TEXT;
                xml = false;
              }
            }
          } else if (c == '"' || c == '\'') {
            if (p != 0 && (quote == 0 || c == quote)) {
              quote = quote != 0 ? 0 : c;
            }
          } else if (c == '!' && previous == '<') {
            state = DECLARATION;
            last = c;
          } else if (c == '?' && previous == '<') {
            brackets = 0;
            state = PHP;
          }
        }
        case PHP -> {
          if (c == '(' && last != '"' && last != '\'') {
            last = '(';
            brackets++;
          } else if (c == ')' && last != '"' && last != '\'') {
            last = ')';
            brackets--;
          } else if (c == '>') {
            if (depth > 0) {
              depth--;
            } else if (quote == 0 && brackets == 0 && last != '"' && previous == '?') {
              quote = 0;
              state = TEXT;
            }
          } else if (c == '"' || c == '\'') {
            if (p >= 1 && previous != '\\') {
              if (last == c) {
                last = 0;
              } else if (last != '\\') {
                last = c;
              }
            }
            if (p != 0 && (quote == 0 || c == quote)) {
              quote = quote != 0 ? 0 : c;
            }
          } else if ((c == 'l' || c == 'L') && p > 4 && endsWithXmlOpening(text, p)) {
            state = TAG;
            xml = true;
          }
        }
        case DECLARATION -> {
          if (c == '>') {
            if (depth > 0) {
              depth--;
            } else if (quote == 0) {
              state = TEXT;
            }
          } else if (c == '"' || c == '\'') {
            if (p != 0 && previous != '\\' && (quote == 0 || c == quote)) {
              quote = quote != 0 ? 0 : c;
            }
          } else if (c == '-' && p >= 2 && previous == '-' && text[p - 2] == '!') {
            state = COMMENT;
          } else if ((c == 'e' || c == 'E') && p > 6 && endsWithDoctype(text, p)) {
            state = TAG;
          }
        }
        default -> {
          if (c == '>' && quote == 0 && p >= 2 && previous == '-' && text[p - 2] == '-') {
            state = TEXT;
          }
        }
      }
    }
    return atText && (state != TEXT || depth != 0) ? -1 : written;
  }

  private static boolean endsWithXmlOpening(char[] text, int p) {
    char m = text[p - 1];
    char x = text[p - 2];
    return (m == 'm' || m == 'M')
        && (x == 'x' || x == 'X')
        && text[p - 3] == '?'
        && text[p - 4] == '<';
  }

  private static boolean endsWithDoctype(char[] text, int p) {
    String needle = "doctyp";
    for (int i = 0; i < needle.length(); i++) {
      char c = text[p - 6 + i];
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != needle.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** C's {@code isspace} in the "C" locale. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
