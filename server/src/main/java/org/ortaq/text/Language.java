package org.ortaq.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Ortaq publishes in. Lower-casing content uses {@link #locale()}, never the default. */
public enum Language {
  AZ("az", "Azərbaycanca"),
  TR("tr", "Türkçe"),
  EN("en", "English"),
  RU("ru", "Русский");

  private final String code;
  private final String nativeName;
  private final Locale locale;

  Language(String code, String nativeName) {
    this.code = code;
    this.nativeName = nativeName;
    this.locale = Locale.forLanguageTag(code);
  }

  /** The ISO 639-1 code used in URLs and the database. */
  public String code() {
    return code;
  }

  public String nativeName() {
    return nativeName;
  }

  /** The locale for case mapping and formatting: in az and tr, I lowers to ı. */
  public Locale locale() {
    return locale;
  }

  public static Optional<Language> of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }

  public static Language parse(String code) {
    return of(code).orElseThrow(() -> new IllegalArgumentException("unknown language: " + code));
  }

  public static List<Language> all() {
    return List.of(values());
  }
}
