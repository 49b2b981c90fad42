package org.ortaq.article;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.ortaq.error.Invalid;
import org.ortaq.text.HtmlSanitizer;
import org.ortaq.text.Language;
import org.ortaq.text.Slug;

/** Checks an {@link ArticleDraft} field by field; all faults are reported together. */
final class ArticleRules {
  static final int MAX_TITLE = 500;
  static final int MAX_TAGS = 20;
  static final int MAX_TAG = 100;

  private final ArticleStore store;
  private final CategoryStore categories;

  ArticleRules(ArticleStore store, CategoryStore categories) {
    this.store = store;
    this.categories = categories;
  }

  /**
   * The checked form of {@code draft} for article {@code id} (0 when new).
   *
   * @throws Invalid listing every field at fault
   */
  CheckedArticle check(Handle handle, ArticleDraft draft, long id) {
    var errors = new ArrayList<Invalid.FieldError>();
    Optional<Language> language = Language.of(draft.language());
    if (language.isEmpty()) {
      errors.add(new Invalid.FieldError("language",
          draft.language().isEmpty() ? "is required (az, tr, en or ru)"
              : "unknown language '" + draft.language() + "'; use az, tr, en or ru"));
    }
    String title = draft.title().strip();
    if (title.isEmpty()) {
      errors.add(new Invalid.FieldError("title", "is required"));
    } else if (title.codePointCount(0, title.length()) > MAX_TITLE) {
      errors.add(new Invalid.FieldError("title", "is longer than " + MAX_TITLE + " characters"));
    }
    String shortStory = HtmlSanitizer.clean(draft.shortStory());
    String fullStory = HtmlSanitizer.clean(draft.fullStory());
    if (shortStory.isEmpty() && fullStory.isEmpty()) {
      errors.add(new Invalid.FieldError("short_story", "is required (the lead of the article)"));
    }
    if (draft.author().length() > 200) {
      errors.add(new Invalid.FieldError("author", "is longer than 200 characters"));
    }
    if (!draft.mainImage().isEmpty() && !imageUrl(draft.mainImage())) {
      errors.add(new Invalid.FieldError("main_image", "must be an http(s) URL or a path starting with /"));
    }
    List<Long> categoryIds = categoryIds(handle, draft.categories(), errors);
    List<String> tags = tags(draft.tags(), language.orElse(Language.EN), errors);
    String slug = "";
    if (language.isPresent() && !title.isEmpty()) {
      slug = slug(handle, draft, language.get(), title, id, errors);
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    return new CheckedArticle(language.get(), title, slug,
        shortStory.isEmpty() ? fullStory : shortStory, fullStory.isEmpty() ? shortStory : fullStory,
        draft.author().strip(), draft.mainImage().strip(), categoryIds, tags);
  }

  private String slug(Handle handle, ArticleDraft draft, Language language, String title, long id,
      List<Invalid.FieldError> errors) {
    if (!draft.slug().isBlank()) {
      String slug = Slug.from(draft.slug());
      if (slug.isEmpty()) {
        errors.add(new Invalid.FieldError("slug", "has no letters or digits"));
      } else if (store.slugTaken(handle, language, slug, id)) {
        errors.add(new Invalid.FieldError("slug", "'" + slug + "' is already used by another article in " + language.code()));
      }
      return slug;
    }
    String base = Slug.from(title);
    if (base.isEmpty()) {
      base = "article";
    }
    String slug = base;
    for (int n = 2; store.slugTaken(handle, language, slug, id); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private List<Long> categoryIds(Handle handle, List<String> slugs, List<Invalid.FieldError> errors) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    Map<String, Long> known = new LinkedHashMap<>();
    categories.all(handle).forEach(category -> known.put(category.slug(), category.id()));
    var ids = new ArrayList<Long>();
    for (int i = 0; i < slugs.size(); i++) {
      Long id = known.get(slugs.get(i));
      if (id == null) {
        errors.add(new Invalid.FieldError("categories[" + i + "]", "unknown category '" + slugs.get(i) + "'"));
      } else if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static List<String> tags(List<String> raw, Language language, List<Invalid.FieldError> errors) {
    if (raw.size() > MAX_TAGS) {
      errors.add(new Invalid.FieldError("tags", "has more than " + MAX_TAGS + " tags"));
      return List.of();
    }
    var keys = new ArrayList<String>();
    var tags = new ArrayList<String>();
    for (int i = 0; i < raw.size(); i++) {
      String tag = raw.get(i) == null ? "" : raw.get(i).strip().replaceAll("\\s+", " ");
      if (tag.isEmpty() || tag.length() > MAX_TAG || tag.contains("/") || tag.contains(",")) {
        errors.add(new Invalid.FieldError("tags[" + i + "]", "must have 1 to " + MAX_TAG + " characters, without / or ,"));
        continue;
      }
      String key = Tags.key(tag, language);
      if (!keys.contains(key)) {
        keys.add(key);
        tags.add(tag);
      }
    }
    return tags;
  }

  private static boolean imageUrl(String value) {
    if (value.length() > 500) {
      return false;
    }
    if (value.startsWith("/") && !value.startsWith("//")) {
      return !value.contains("..");
    }
    try {
      URI uri = URI.create(value);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
