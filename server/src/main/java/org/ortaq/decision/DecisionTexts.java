package org.ortaq.decision;

import java.util.List;
import java.util.Map;
import org.ortaq.error.Invalid;
import org.ortaq.text.Language;
import org.ortaq.text.TitledTexts;

/** A proposal's titles and texts per language, checked field by field. */
final class DecisionTexts {
  private static final TitledTexts.Shape<Decision.Text> SHAPE = new TitledTexts.Shape<>() {
    @Override
    public Decision.Text make(String title, String html) {
      return new Decision.Text(title, html);
    }

    @Override
    public String title(Decision.Text text) {
      return text.title();
    }

    @Override
    public String html(Decision.Text text) {
      return text.body();
    }
  };

  private DecisionTexts() {}

  static Map<Language, Decision.Text> of(Map<String, String> titles, Map<String, String> bodies,
      List<Invalid.FieldError> errors) {
    return TitledTexts.of(titles, bodies, errors, SHAPE);
  }

  /** {@code current} with a merge patch's titles and texts (see {@link TitledTexts#merge}). */
  static Map<Language, Decision.Text> merge(Map<Language, Decision.Text> current, Map<String, String> titles,
      Map<String, String> bodies, List<Invalid.FieldError> errors) {
    return TitledTexts.merge(current, titles, bodies, errors, SHAPE);
  }
}
