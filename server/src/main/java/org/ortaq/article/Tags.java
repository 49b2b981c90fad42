package org.ortaq.article;

import java.util.Locale;
import org.ortaq.text.Language;

/** Tag keys: the tag lower-cased by its language's rules (az and tr: I→ı, İ→i), spaces collapsed. */
final class Tags {
  private Tags() {}

  static String key(String tag, Language language) {
    return tag.trim().replaceAll("\\s+", " ").toLowerCase(language.locale());
  }

  static String key(String tag, Locale locale) {
    return tag.trim().replaceAll("\\s+", " ").toLowerCase(locale);
  }
}
