package org.ortaq.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns a title into a URL slug. Azerbaijani and Turkish letters are transliterated by the rule in
 * DESIGN.md (ə→e, ş→s, ç→c, ğ→g, ı→i, ö→o, ü→u, İ→i); other letters lose their accents.
 */
public final class Slug {
  private static final int MAX_LENGTH = 80;

  private Slug() {}

  /** The slug of {@code title}: lowercase ASCII words joined by hyphens, at most 80 characters. */
  public static String from(String title) {
    var out = new StringBuilder(title.length());
    // Lower-casing in Azerbaijani maps I to ı and İ to i, which the switch below folds to i.
    String lower = title.toLowerCase(Locale.forLanguageTag("az"));
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    boolean pendingHyphen = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      String mapped = switch (c) {
        case 'ə' -> "e";
        case 'ı' -> "i";
        case 'ß' -> "ss";
        case 'æ' -> "ae";
        case 'ø' -> "o";
        case 'đ' -> "d";
        case 'ł' -> "l";
        // Turkish writes suffixes after an apostrophe (İstanbul'da); the slug keeps the word whole.
        case '\'', '\u2019' -> "";
        default -> {
          if (Character.getType(c) == Character.NON_SPACING_MARK) {
            yield "";
          }
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            yield String.valueOf(c);
          }
          yield Character.isLetterOrDigit(c) ? String.valueOf(c) : "-";
        }
      };
      if (mapped.equals("-")) {
        pendingHyphen = out.length() > 0;
        continue;
      }
      if (mapped.isEmpty()) {
        continue;
      }
      if (pendingHyphen) {
        out.append('-');
        pendingHyphen = false;
      }
      out.append(mapped);
    }
    return shorten(out.toString());
  }

  private static String shorten(String slug) {
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    int cut = slug.lastIndexOf('-', MAX_LENGTH);
    return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
  }
}
