package org.ortaq.template;

/**
 * The deletions of DLE's {@code clear_content} before it strips tags ({@code [hide…]…[/hide]},
 * {@code [attachment=…]}, {@code [page=…]…[/page]}, spoiler wrappers, banners, {@code <pre>}),
 * with the same matches as its lazy PCRE patterns but in linear time: a pattern such as
 * {@code \[hide(.*?)\](.+?)\[/hide\]} matches at an opening exactly when, after the first
 * {@code ]} that follows it, a closing text starts at least one character later; if no closing
 * text follows one opening, none follows a later one either.
 */
final class MarkupRemover {
  /**
   * One lazy pattern: {@code open}, then up to the first {@code stop} character (0: none), then a
   * body of at least {@code minimumBody} characters, then {@code close} (empty: none), then up to
   * the first {@code closeStop} character (0: none). Matching is ASCII case-insensitive.
   */
  record Pattern(String open, char stop, int minimumBody, String close, char closeStop) {}

  static final Pattern HIDE = new Pattern("[hide", ']', 1, "[/hide]", (char) 0);
  static final Pattern ATTACHMENT = new Pattern("[attachment=", ']', 0, "", (char) 0);
  static final Pattern PAGE = new Pattern("[page=", ']', 0, "[/page]", (char) 0);
  static final Pattern SPOILER_HEAD = new Pattern("<!--dle_spoiler", (char) 0, 1, "<!--spoiler_text-->", (char) 0);
  static final Pattern SPOILER_TAIL = new Pattern("<!--spoiler_text_end-->", (char) 0, 1, "<!--/dle_spoiler-->", (char) 0);
  static final Pattern BANNER_TAG = new Pattern("{banner_", '}', 0, "", (char) 0);
  static final Pattern BANNER_BLOCK = new Pattern("[banner_", ']', 0, "[/banner_", ']');
  static final Pattern PRE = new Pattern("<pre", '>', 1, "</pre>", (char) 0);

  private MarkupRemover() {}

  static String removeAll(String text, Pattern pattern) {
    int start = indexOfIgnoreCase(text, pattern.open(), 0);
    if (start < 0) {
      return text;
    }
    var out = new TextBuffer(text.length());
    int copied = 0;
    while (start >= 0) {
      int end = matchEnd(text, start, pattern);
      if (end < 0) {
        break;
      }
      out.append(text, copied, start);
      copied = end;
      start = indexOfIgnoreCase(text, pattern.open(), end);
    }
    return copied == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  /** The end of the match starting at {@code start}, or -1 when neither it nor a later one matches. */
  private static int matchEnd(String text, int start, Pattern pattern) {
    int position = start + pattern.open().length();
    if (pattern.stop() != 0) {
      position = text.indexOf(pattern.stop(), position);
      if (position < 0) {
        return -1;
      }
      position++;
    }
    if (pattern.close().isEmpty()) {
      return position;
    }
    int close = indexOfIgnoreCase(text, pattern.close(), position + pattern.minimumBody());
    if (close < 0) {
      return -1;
    }
    position = close + pattern.close().length();
    if (pattern.closeStop() != 0) {
      position = text.indexOf(pattern.closeStop(), position);
      return position < 0 ? -1 : position + 1;
    }
    return position;
  }

  /** The first index of a lower-case ASCII needle, ignoring ASCII case only, as PCRE's /i does. */
  static int indexOfIgnoreCase(String text, String needle, int from) {
    char first = needle.charAt(0);
    int last = text.length() - needle.length();
    if (first < 'a' || first > 'z') { // '[', '<', '{': let String.indexOf find the candidates
      for (int i = text.indexOf(first, Math.max(from, 0)); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
        if (regionMatchesIgnoreAsciiCase(text, i, needle)) {
          return i;
        }
      }
      return -1;
    }
    char upper = (char) (first - ('a' - 'A'));
    for (int i = Math.max(from, 0); i <= last; i++) {
      char c = text.charAt(i);
      if ((c == first || c == upper) && regionMatchesIgnoreAsciiCase(text, i, needle)) {
        return i;
      }
    }
    return -1;
  }

  static boolean regionMatchesIgnoreAsciiCase(String text, int offset, String lowerCaseNeedle) {
    if (offset < 0 || offset + lowerCaseNeedle.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < lowerCaseNeedle.length(); i++) {
      char c = text.charAt(offset + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerCaseNeedle.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
