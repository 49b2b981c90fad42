package org.ortaq.text;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ortaq.error.Invalid;

/**
 * Titles and texts per language as a request gives them ({@code titles.az}, {@code texts.az}),
 * checked field by field, texts sanitized: the shape joint decisions and statements share.
 */
public final class TitledTexts {
  private TitledTexts() {}

  /** How one language's title and text are made into, and read from, a feature's record. */
  public interface Shape<T> {
    T make(String title, String html);

    String title(T text);

    String html(T text);
  }

  /** New texts: every title 1 to 500 characters, a text only with its title, at least one language. */
  public static <T> Map<Language, T> of(Map<String, String> titles, Map<String, String> bodies,
      List<Invalid.FieldError> errors, Shape<T> shape) {
    Map<Language, T> texts = new EnumMap<>(Language.class);
    Map<String, String> givenTitles = titles == null ? Map.of() : titles;
    Map<String, String> givenBodies = bodies == null ? Map.of() : bodies;
    givenTitles.forEach((code, title) -> Language.of(code).ifPresentOrElse(language -> {
      if (title == null || title.isBlank() || title.length() > 500) {
        errors.add(new Invalid.FieldError("titles." + code, "must have 1 to 500 characters"));
      } else {
        String body = givenBodies.getOrDefault(code, "");
        texts.put(language, shape.make(title.strip(), HtmlSanitizer.clean(body == null ? "" : body)));
      }
    }, () -> errors.add(new Invalid.FieldError("titles." + code, "unknown language '" + code + "'"))));
    givenBodies.keySet().stream().filter(code -> !givenTitles.containsKey(code))
        .forEach(code -> errors.add(new Invalid.FieldError("texts." + code, "give a title in this language too")));
    if (givenTitles.isEmpty()) {
      errors.add(new Invalid.FieldError("titles", "give the title in at least one language"));
    }
    return texts;
  }

  /**
   * {@code current} with the changes of a merge patch (RFC 7396): a title or text replaces that
   * language's, a null title removes the language, a null text empties it. At least one language
   * must remain.
   */
  public static <T> Map<Language, T> merge(Map<Language, T> current, Map<String, String> titles,
      Map<String, String> bodies, List<Invalid.FieldError> errors, Shape<T> shape) {
    Map<Language, T> texts = new EnumMap<>(Language.class);
    texts.putAll(current);
    Set<String> refused = new HashSet<>();
    (titles == null ? Map.<String, String>of() : titles).forEach((code, title) -> Language.of(code).ifPresentOrElse(language -> {
      if (title == null) {
        texts.remove(language);
      } else if (title.isBlank() || title.length() > 500) {
        refused.add(code);
        errors.add(new Invalid.FieldError("titles." + code, "must have 1 to 500 characters (null removes the language)"));
      } else {
        T text = texts.get(language);
        texts.put(language, shape.make(title.strip(), text == null ? "" : shape.html(text)));
      }
    }, () -> errors.add(new Invalid.FieldError("titles." + code, "unknown language '" + code + "'"))));
    (bodies == null ? Map.<String, String>of() : bodies).forEach((code, body) -> Language.of(code).ifPresentOrElse(language -> {
      T text = texts.get(language);
      if (text != null) {
        texts.put(language, shape.make(shape.title(text), HtmlSanitizer.clean(body == null ? "" : body)));
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
