package org.ortaq.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.ortaq.text.Language;
import org.ortaq.text.analysis.Analyzers;

/**
 * The index's fields: a title and body per language (that language's analyzer), a folded title
 * and body where Azerbaijani and Turkish meet, and keyword fields for filters and facets.
 */
final class SearchFields {
  static final String KEY = "key";
  static final String KIND = "kind";
  static final String LANGUAGE = "language";
  static final String ORGANIZATION = "organization";
  static final String CATEGORY = "category";
  static final String DATE = "date";
  static final String URL = "url";
  static final String TITLE_STORED = "title_stored";
  static final String ORGANIZATION_NAME = "organization_name";
  static final String TITLE_FOLDED = "title_folded";
  static final String BODY_FOLDED = "body_folded";
  /** Doc values and a point: the translation group ({@link SearchDocument#translationGroup()}). */
  static final String GROUP = "group";
  /** Doc values: the language's ordinal (reordering {@code Language} needs a new index schema). */
  static final String LANGUAGE_ORDINAL = "language_ordinal";

  private SearchFields() {}

  static String title(Language language) {
    return "title_" + language.code();
  }

  static String body(Language language) {
    return "body_" + language.code();
  }

  /** A body field (of a language, or the folded one): indexed with positions, no offsets. */
  static boolean isBody(String field) {
    return field.startsWith("body_");
  }

  /** One analyzer for the whole index: each field gets its language's chain. */
  static Analyzer analyzer() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (Language language : Language.values()) {
      Analyzer analyzer = Analyzers.forLanguage(language.code());
      fields.put(title(language), analyzer);
      fields.put(body(language), analyzer);
    }
    fields.put(TITLE_FOLDED, Analyzers.folded());
    fields.put(BODY_FOLDED, Analyzers.folded());
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
  }
}
