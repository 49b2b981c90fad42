package org.ortaq.statement;

import java.util.List;
import java.util.Map;
import org.ortaq.error.Invalid;
import org.ortaq.text.Language;
import org.ortaq.text.TitledTexts;

/** A statement's titles and texts per language, checked field by field. */
final class StatementTexts {
  private static final TitledTexts.Shape<Statement.Text> SHAPE = new TitledTexts.Shape<>() {
    @Override
    public Statement.Text make(String title, String html) {
      return new Statement.Text(title, html);
    }

    @Override
    public String title(Statement.Text text) {
      return text.title();
    }

    @Override
    public String html(Statement.Text text) {
      return text.body();
    }
  };

  private StatementTexts() {}

  static Map<Language, Statement.Text> of(Map<String, String> titles, Map<String, String> bodies,
      List<Invalid.FieldError> errors) {
    return TitledTexts.of(titles, bodies, errors, SHAPE);
  }

  /** {@code current} with a merge patch's titles and texts (see {@link TitledTexts#merge}). */
  static Map<Language, Statement.Text> merge(Map<Language, Statement.Text> current, Map<String, String> titles,
      Map<String, String> bodies, List<Invalid.FieldError> errors) {
    return TitledTexts.merge(current, titles, bodies, errors, SHAPE);
  }
}
