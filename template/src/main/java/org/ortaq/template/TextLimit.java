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

  /** A character each needle of {@link #SPACED} holds, tested before looking for the needle. */
  private static final String SPACED_KEYS = "`\t\n\r\\\\\\{&<<,";

  private TextLimit() {}

  /**
   * Cleans {@code html} to plain escaped text and cuts it to at most {@code limit} code points; a
   * limit of 0 or 1 cleans without cutting, as in DLE.
   */
  public static String clean(String html, int limit) {
    String text = removeEarly(html);
    if (text == null) {
      return "";
    }
    if (limit > 1) {
      String cut = cutFromPrefix(text, limit);
      if (cut != null) {
        return cut;
      }
    }
    return cleanRest(text, limit);
  }

  /**
   * Steps 1 to 5 of clear_content, which look at the whole text (a [hide] may close anywhere), or
   * null for a text PHP calls empty. Each step is skipped when its trigger character is absent.
   */
  static String removeEarly(String html) {
    if (html.isEmpty() || html.equals("0")) { // PHP's `!$content`: "0" is false too
      return null;
    }
    String text = PhpText.stripSlashes(html);
    String decoded = HtmlEntities.decode(text);
    // decode returns its argument only when it holds no '&', and removing markup adds none
    boolean ampersand = decoded != text;
    text = removeMarkup(decoded);
    if (ampersand && text.indexOf('&') >= 0) {
      text = text.replace("&#1072;", "a").replace("&#111;", "o");
    }
    return text;
  }

  /** Steps 7 to 15 on the whole text. */
  private static String cleanRest(String text, int limit) {
    text = stripTags(spaced(text), false);
    if (mayHoldUrl(text)) {
      text = URL.matcher(text).replaceAll("");
    }
    text = PhpText.escapeAndCollapse(text, limit > 1 && limit < Integer.MAX_VALUE - ENTITY_ROOM ? limit + ENTITY_ROOM : Integer.MAX_VALUE, false);
    return PhpText.trim(cut(text, limit));
  }

  /** Steps 7 and 8: "><" spaced apart, then each of {@link #SPACED} replaced by a space. */
  private static String spaced(String text) {
    if (text.indexOf("><") >= 0) {
      text = text.replace("><", "> <");
    }
    return replaceSpaced(text);
  }

  /** Step 9, or null when {@code atText} and the text ends inside a tag, comment or nested tag. */
  private static String stripTags(String text, boolean atText) {
    return TagStripper.strip(text, atText);
  }

  /**
   * Steps 7 to 15 on a prefix of {@code text} (the output of {@link #removeEarly}) when that gives
   * the same result as the whole text, else null. The prefix ends at a boundary with
   * {@link #BOUNDARY_ROOM} plain characters (letters, digits, spaces) on both sides, where the tag
   * stripper is in plain text: no needle of steps 7 and 8 and no tag spans it, so each of those
   * steps maps the prefix to a prefix of what it makes of the whole text. A URL might still span it;
   * none does when the last run without whitespace, '[', ']' or '<' before it holds no ':' (nor
   * does the room after it). Escaping must then stop for the cut before the end of the prefix:
   * what it wrote depends on nothing after it. The prefix doubles until that happens.
   */
  static String cutFromPrefix(String text, int limit) {
    if (limit >= Integer.MAX_VALUE / 4) {
      return null;
    }
    int enough = limit + ENTITY_ROOM;
    int length = text.length();
    for (int want = enough + (limit >> 2) + 64; want < length; want *= 2) {
      int end = boundaryFrom(text, want);
      if (end < 0) {
        return null;
      }
      if (onlyOneCharNeedles(text, end)) {
        String cut = cutFromPlainPrefix(text, end, limit);
        if (cut != NOT_AT_TEXT) {
          if (cut != null) {
            return cut;
          }
          continue;
        }
      }
      String prefix = stripTags(spaced(text.substring(0, end)), true);
      if (prefix == null || lastRunHoldsColon(prefix)) {
        continue;
      }
      if (mayHoldUrl(prefix)) {
        prefix = URL.matcher(prefix).replaceAll("");
      }
      String escaped = PhpText.escapeAndCollapse(prefix, enough, true);
      if (escaped != null) {
        return PhpText.trim(cut(escaped, limit));
      }
    }
    return null;
  }

  private static final String NOT_AT_TEXT = new String("not at text");

  /** How many "><" pairs of step 7 start before {@code index}: spaces inserted before it. */
  private static int spacesBefore(String text, int index) {
    if (index < 2) {
      return 0;
    }
    int pairs = 0;
    for (int i = text.indexOf('<', 1, index); i >= 0; i = text.indexOf('<', i + 1, index)) {
      if (text.charAt(i - 1) == '>') {
        pairs++;
      }
    }
    return pairs;
  }

  /** The one-character needles of {@link #SPACED}. */
  private static final char[] CONTROLS = {'`', '\t', '\n', '\r'};

  /**
   * Whether, of steps 7 and 8, only "><" and the one-character needles can apply to
   * {@code text[0, end)}: no "\\t"-like pairs, no "{PAGEBREAK}", "&nbsp;" or "<br", and no comma after a space
   * or after a character that becomes one. NUL, which the tag stripper drops, is left to the
   * general path too.
   */
  private static boolean onlyOneCharNeedles(String text, int end) {
    if (text.indexOf('\\', 0, end) >= 0 || text.indexOf('{', 0, end) >= 0 || text.indexOf('&', 0, end) >= 0
        || text.indexOf('\0', 0, end) >= 0) {
      return false;
    }
    for (int i = text.indexOf('<', 0, end); i >= 0; i = text.indexOf('<', i + 1, end)) {
      if (text.startsWith("br", i + 1)) {
        return false;
      }
    }
    for (int i = text.indexOf(',', 0, end); i > 0; i = text.indexOf(',', i + 1, end)) {
      char c = text.charAt(i - 1);
      if (c == ' ' || c == '`' || c == '\t' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Steps 7 to 15 on {@code text[0, end)} for {@link #cutFromPrefix} when only one-character
   * needles apply, over char arrays; {@link #NOT_AT_TEXT} when the prefix does not end in text or a
   * URL may span its end, null when escaping does not stop before its end.
   */
  private static String cutFromPlainPrefix(String text, int end, int limit) {
    int pairs = 0; // step 7: "><" becomes "> <"; pairs never overlap
    for (int i = text.indexOf('<', 1, end); i >= 0; i = text.indexOf('<', i + 1, end)) {
      if (text.charAt(i - 1) == '>') {
        pairs++;
      }
    }
    int size = end + pairs;
    char[] chars = new char[size];
    if (pairs == 0) {
      text.getChars(0, end, chars, 0);
    } else { // copied in runs, a space put between each '>' and '<'
      int from = 0;
      int written = 0;
      for (int i = text.indexOf('<', 1, end); i >= 0; i = text.indexOf('<', i + 1, end)) {
        if (text.charAt(i - 1) == '>') {
          text.getChars(from, i, chars, written);
          written += i - from;
          chars[written++] = ' ';
          from = i;
        }
      }
      text.getChars(from, end, chars, written);
    }
    for (char control : CONTROLS) { // String.indexOf is vectorised; these are rare
      for (int i = text.indexOf(control, 0, end); i >= 0; i = text.indexOf(control, i + 1, end)) {
        chars[i + spacesBefore(text, i)] = ' ';
      }
    }
    char[] stripped = new char[size];
    int length = TagStripper.strip(chars, size, stripped, true, false);
    if (length < 0 || lastRunHoldsColon(stripped, length)) {
      return NOT_AT_TEXT;
    }
    if (text.indexOf(':', 0, end) >= 0 && mayHoldUrl(stripped, length)) {
      return NOT_AT_TEXT; // the general path removes URLs
    }
    var out = new TextBuffer(Math.min(length, limit + ENTITY_ROOM) + 32);
    int stop = PhpText.escapeAndCollapse(stripped, length, limit + ENTITY_ROOM, out);
    if (stop + 4 >= length) {
      return null;
    }
    return cutAndTrim(out.array(), out.length(), limit);
  }

  /** {@link #cut} then {@link #trim} of a text known to be longer than {@code limit} code points. */
  private static String cutAndTrim(char[] chars, int length, int limit) {
    int end = Character.offsetByCodePoints(chars, 0, length, 0, limit);
    int cut = end;
    int space = -1;
    for (int i = end - 1; i > 0; i--) {
      if (chars[i] == ' ') {
        space = i;
        break;
      }
    }
    if (space > 0) {
      cut = space;
    } else {
      int ampersand = -1;
      for (int i = end - 1; i >= 0; i--) {
        if (chars[i] == '&') {
          ampersand = i;
          break;
        }
      }
      if (ampersand >= 0) {
        int semicolon = -1;
        for (int i = ampersand; i < length; i++) {
          if (chars[i] == ';') {
            semicolon = i;
            break;
          }
        }
        if (semicolon >= end && semicolon - ampersand <= 7) {
          cut = ampersand;
        }
      }
    }
    int start = 0;
    while (start < cut && PhpText.isPhpTrimmed(chars[start])) {
      start++;
    }
    while (cut > start && PhpText.isPhpTrimmed(chars[cut - 1])) {
      cut--;
    }
    return new String(chars, start, cut - start);
  }

  private static boolean lastRunHoldsColon(char[] text, int length) {
    for (int i = length - 1; i >= 0; i--) {
      char c = text[i];
      if (c == ':') {
        return true;
      }
      if (c == ' ' || (c >= '\t' && c <= '\r') || c == '[' || c == ']' || c == '<') {
        return false;
      }
    }
    return false;
  }

  /** Whether "http://" or "https://" (any case) occurs. */
  private static boolean mayHoldUrl(char[] text, int length) {
    for (int i = 3; i + 2 < length; i++) {
      if (text[i] == ':' && text[i + 1] == '/' && text[i + 2] == '/'
          && (endsWithHttp(text, i) || (i >= 5 && (text[i - 1] | 0x20) == 's' && endsWithHttp(text, i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithHttp(char[] text, int end) {
    return end >= 4 && (text[end - 4] | 0x20) == 'h' && (text[end - 3] | 0x20) == 't'
        && (text[end - 2] | 0x20) == 't' && (text[end - 1] | 0x20) == 'p';
  }

  /** Plain characters on each side of a prefix boundary. */
  private static final int BOUNDARY_ROOM = 12;

  /** The first boundary at or after {@code from} with plain room on both sides, or -1. */
  private static int boundaryFrom(String text, int from) {
    int plain = 0;
    for (int i = Math.max(0, from - BOUNDARY_ROOM); i < text.length(); i++) {
      if (!isPlain(text.charAt(i))) {
        plain = 0;
      } else if (++plain >= 2 * BOUNDARY_ROOM) {
        return i + 1 - BOUNDARY_ROOM;
      }
    }
    return -1;
  }

  /** A space, an ASCII letter or digit, or a non-ASCII letter: no step but the collapse acts on it. */
  private static boolean isPlain(char c) {
    if (c < 128) {
      return c == ' ' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetter(c);
  }

  private static boolean lastRunHoldsColon(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ':') {
        return true;
      }
      if (c == ' ' || (c >= '\t' && c <= '\r') || c == '[' || c == ']' || c == '<') {
        return false;
      }
    }
    return false;
  }

  /**
   * DLE's {@code str_replace($remove, ' ', …)}: each needle of {@link #SPACED} becomes a space, one
   * needle after the other, as PHP does with an array of needles; String.replace returns the text
   * itself when a needle is absent.
   */
  private static String replaceSpaced(String text) {
    text = spaceControls(text);
    for (int i = 4; i < SPACED.length; i++) {
      String spaced = SPACED[i];
      // String.indexOf(char) is the cheapest test; most needles are absent from most texts
      if (text.indexOf(SPACED_KEYS.charAt(i)) >= 0 && text.contains(spaced)) {
        text = text.replace(spaced, " ");
      }
    }
    return text;
  }

  /**
   * The one-character needles, '`', TAB, LF and CR, in one pass: none of them makes another, so
   * replacing them together is replacing them one after the other.
   */
  private static String spaceControls(String text) {
    int first = firstOf(text, '`', Integer.MAX_VALUE);
    first = firstOf(text, '\t', first);
    first = firstOf(text, '\n', first);
    first = firstOf(text, '\r', first);
    if (first == Integer.MAX_VALUE) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      char c = chars[i];
      if (c == '`' || c == '\t' || c == '\n' || c == '\r') {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  private static int firstOf(String text, char c, int before) {
    int index = text.indexOf(c, 0, Math.min(before, text.length()));
    return index < 0 ? before : index;
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
    boolean brackets = text.indexOf('[') >= 0;
    if (brackets) {
      text = MarkupRemover.removeAll(text, MarkupRemover.HIDE);
      text = MarkupRemover.removeAll(text, MarkupRemover.ATTACHMENT);
      text = MarkupRemover.removeAll(text, MarkupRemover.PAGE);
    }
    String tested = text;
    boolean angled = mayOpenSpoilerOrPre(text);
    if (angled) {
      text = MarkupRemover.removeAll(text, MarkupRemover.SPOILER_HEAD);
      text = MarkupRemover.removeAll(text, MarkupRemover.SPOILER_TAIL);
    }
    if (text.indexOf('{') >= 0) {
      text = MarkupRemover.removeAll(text, MarkupRemover.BANNER_TAG);
    }
    if (brackets && text.indexOf('[') >= 0) {
      text = MarkupRemover.removeAll(text, MarkupRemover.BANNER_BLOCK);
    }
    if (text != tested ? mayOpenSpoilerOrPre(text) : angled) { // a removal may join "<" and "pre"
      text = MarkupRemover.removeAll(text, MarkupRemover.PRE);
    }
    return text;
  }

  /** Whether some '<' is followed by "!--" or "pre" (any case), as spoiler and pre openings are. */
  private static boolean mayOpenSpoilerOrPre(String text) {
    int last = text.length() - 1;
    for (int i = text.indexOf('<'); i >= 0 && i < last; i = text.indexOf('<', i + 1)) {
      char c = text.charAt(i + 1);
      if ((c == '!' && text.startsWith("--", i + 2))
          || ((c == 'p' || c == 'P') && MarkupRemover.regionMatchesIgnoreAsciiCase(text, i + 2, "re"))) {
        return true;
      }
    }
    return false;
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


}
