package org.ortaq.decision;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ortaq.error.Invalid;
import org.ortaq.text.HtmlSanitizer;
import org.ortaq.text.Language;

/** A proposal's titles and texts per language, checked field by field. */
final class DecisionTexts {
  private DecisionTexts() {}

  static Map<Language, Decision.Text> of(Map<String, String> titles, Map<String, String> bodies,
      List<Invalid.FieldError> errors) {
    Map<Language, Decision.Text> texts = new EnumMap<>(Language.class);
    Map<String, String> safeTitles = titles == null ? Map.of() : titles;
    Map<String, String> safeBodies = bodies == null ? Map.of() : bodies;
    safeTitles.forEach((code, title) -> Language.of(code).ifPresentOrElse(language -> {
      if (title == null || title.isBlank() || title.length() > 500) {
        errors.add(new Invalid.FieldError("titles." + code, "must have 1 to 500 characters"));
      } else {
        String body = safeBodies.getOrDefault(code, "");
        texts.put(language, new Decision.Text(title.strip(), HtmlSanitizer.clean(body == null ? "" : body)));
      }
    }, () -> errors.add(new Invalid.FieldError("titles." + code, "unknown language '" + code + "'"))));
    safeBodies.keySet().stream().filter(code -> !safeTitles.containsKey(code))
        .forEach(code -> errors.add(new Invalid.FieldError("texts." + code, "give a title in this language too")));
    if (safeTitles.isEmpty()) {
      errors.add(new Invalid.FieldError("titles", "give the title in at least one language"));
    }
    return texts;
  }
}
