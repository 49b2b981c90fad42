package org.ortaq.decision;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * {@code current} with the changes of a merge patch (RFC 7396): a title or text replaces that
   * language's, a null title removes the language, a null text empties it. At least one language
   * must remain.
   */
  static Map<Language, Decision.Text> merge(Map<Language, Decision.Text> current, Map<String, String> titles,
      Map<String, String> bodies, List<Invalid.FieldError> errors) {
    Map<Language, Decision.Text> texts = new EnumMap<>(Language.class);
    texts.putAll(current);
    Set<String> refused = new HashSet<>();
    (titles == null ? Map.<String, String>of() : titles).forEach((code, title) -> Language.of(code).ifPresentOrElse(language -> {
      if (title == null) {
        texts.remove(language);
      } else if (title.isBlank() || title.length() > 500) {
        refused.add(code);
        errors.add(new Invalid.FieldError("titles." + code, "must have 1 to 500 characters (null removes the language)"));
      } else {
        Decision.Text text = texts.get(language);
        texts.put(language, new Decision.Text(title.strip(), text == null ? "" : text.body()));
      }
    }, () -> errors.add(new Invalid.FieldError("titles." + code, "unknown language '" + code + "'"))));
    (bodies == null ? Map.<String, String>of() : bodies).forEach((code, body) -> Language.of(code).ifPresentOrElse(language -> {
      Decision.Text text = texts.get(language);
      if (text != null) {
        texts.put(language, new Decision.Text(text.title(), HtmlSanitizer.clean(body == null ? "" : body)));
      } else if (body != null && !refused.contains(code)) {
        errors.add(new Invalid.FieldError("texts." + code, "give a title in this language too"));
      }
    }, () -> errors.add(new Invalid.FieldError("texts." + code, "unknown language '" + code + "'"))));
    if (texts.isEmpty()) {
      errors.add(new Invalid.FieldError("titles", "keep the title in at least one language"));
    }
    return texts;
  }
}
