package org.ortaq.article;

import java.util.Map;
import org.ortaq.text.Language;

/** A platform-wide category with its name per language. */
public record Category(long id, String slug, int position, Map<Language, String> names) {
  public Category {
    names = Map.copyOf(names);
  }

  /** The name in {@code language}, else English, else the slug. */
  public String name(Language language) {
    return names.getOrDefault(language, names.getOrDefault(Language.EN, slug));
  }

  /** The category's public page in {@code language}. */
  public String path(Language language) {
    return "/" + language.code() + "/category/" + slug;
  }
}
