package org.ortaq.template;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * DLE 18's {@code totranslit} for template file names: entities and tags gone, lower case (for the
 * file name, not for folders), whitespace to '-', Cyrillic to Latin by DLE's Russian table, then
 * only {@code [a-zA-Z0-9_.-]} kept (no '.' in folders), runs of '.' and '-' collapsed, ".php"
 * made ".ppp", 250 characters at most, '-' trimmed.
 */
final class Transliteration {
  /** DLE's {@code $langtranslit} (language/Russian): applied after lower-casing, so lower case is enough. */
  private static final Map<Character, String> CYRILLIC = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
      Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
      Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
      Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
      Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
      Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "c"),
      Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "sch"), Map.entry('ь', ""),
      Map.entry('ы', "y"), Map.entry('ъ', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
      Map.entry('я', "ya"), Map.entry('ї', "yi"), Map.entry('є', "ye"));
  private static final Map<Character, String> CYRILLIC_CAPITALS = capitals();
  private static final int LONGEST = 250;

  private Transliteration() {}

  /** A file name: lower-cased, dots kept. */
  static String fileName(String name) {
    return translit(name, true, true);
  }

  /** A folder name: case kept, dots dropped (DLE's {@code cleanpath}). */
  static String folderName(String name) {
    return translit(name, false, false);
  }

  private static String translit(String name, boolean lower, boolean dots) {
    String text = HtmlEntities.decode(TagStripper.strip(name.replace("\0", "")));
    if (lower) {
      text = text.toLowerCase(Locale.ROOT);
    }
    text = replaceIgnoringCase(text, ".php", ""); // one of DLE's "bad" strings, removed before the rest
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String latin = CYRILLIC.get(c);
      if (latin == null && !lower) {
        latin = CYRILLIC_CAPITALS.get(c);
      }
      if (latin != null) {
        out.append(latin);
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        append(out, '-');
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
          || c == '-' || (dots && c == '.')) {
        append(out, c);
      }
    }
    String result = out.toString();
    result = replaceIgnoringCase(result, ".php", ".ppp");
    if (result.length() > LONGEST) {
      result = result.substring(0, LONGEST);
      int dash = result.lastIndexOf('-');
      if (dash > 0) {
        result = result.substring(0, dash);
      }
    }
    int start = 0;
    int end = result.length();
    while (start < end && result.charAt(start) == '-') {
      start++;
    }
    while (end > start && result.charAt(end - 1) == '-') {
      end--;
    }
    return result.substring(start, end);
  }

  /** Appends, collapsing runs of '-' and of '.' as DLE's two last regexes do. */
  private static void append(StringBuilder out, char c) {
    if ((c == '-' || c == '.') && out.length() > 0 && out.charAt(out.length() - 1) == c) {
      return;
    }
    out.append(c);
  }

  private static String replaceIgnoringCase(String text, String find, String replacement) {
    int at = text.toLowerCase(Locale.ROOT).indexOf(find);
    return at < 0 ? text : text.substring(0, at) + replacement + replaceIgnoringCase(text.substring(at + find.length()), find, replacement);
  }

  private static Map<Character, String> capitals() {
    var capitals = new HashMap<Character, String>();
    CYRILLIC.forEach((letter, latin) -> capitals.put(Character.toUpperCase(letter),
        latin.isEmpty() ? "" : Character.toUpperCase(latin.charAt(0)) + latin.substring(1)));
    return Map.copyOf(capitals);
  }
}
