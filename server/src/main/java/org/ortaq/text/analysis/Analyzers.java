package org.ortaq.text.analysis;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/** Chooses the analyzer for an article's language, and gives the folded cross-language one. */
public final class Analyzers {
  private Analyzers() {}

  /**
   * A new analyzer for a BCP 47 language tag ({@code az}, {@code tr}, {@code en}, {@code ru}, or a
   * longer tag such as {@code az-Latn-AZ}); the caller closes it.
   *
   * @throws IllegalArgumentException for any other language
   */
  public static Analyzer forLanguage(String code) {
    return switch (Locale.forLanguageTag(code).getLanguage()) {
      case "az" -> TurkicAnalyzer.azerbaijani();
      case "tr" -> TurkicAnalyzer.turkish();
      case "en" -> new EnglishAnalyzer();
      case "ru" -> new RussianAnalyzer();
      default -> throw new IllegalArgumentException("no analyzer for language: " + code);
    };
  }

  /** A new {@link TurkicAnalyzer#folded()} analyzer for the cross-language field. */
  public static Analyzer folded() {
    return TurkicAnalyzer.folded();
  }
}
