package org.ortaq.article;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.ortaq.text.Language;

/** Reads and writes categories; every statement it runs is in this file. */
public final class CategoryStore {

  public long insert(Handle handle, String slug, int position, Map<Language, String> names, Instant now) {
    long id =
        handle
            .createQuery(
                "INSERT INTO category (slug, position, created_at) VALUES (:slug, :position, :now) RETURNING id")
            .bind("slug", slug)
            .bind("position", position)
            .bind("now", now.toEpochMilli())
            .mapTo(Long.class)
            .one();
    var batch = handle.prepareBatch("INSERT INTO category_text (category_id, language, name) VALUES (:id, :language, :name)");
    names.forEach((language, name) -> batch.bind("id", id).bind("language", language.code()).bind("name", name).add());
    batch.execute();
    return id;
  }

  /** Every category, in display order. */
  public List<Category> all(Handle handle) {
    Map<Long, Map<Language, String>> names = new HashMap<>();
    handle
        .createQuery("SELECT category_id, language, name FROM category_text")
        .mapToMap()
        .forEach(row -> Language.of((String) row.get("language")).ifPresent(language ->
            names.computeIfAbsent(((Number) row.get("category_id")).longValue(), k -> new EnumMap<>(Language.class))
                .put(language, (String) row.get("name"))));
    return handle
        .createQuery("SELECT id, slug, position FROM category ORDER BY position, slug")
        .mapToMap()
        .map(row -> {
          long id = ((Number) row.get("id")).longValue();
          return new Category(id, (String) row.get("slug"), ((Number) row.get("position")).intValue(),
              names.getOrDefault(id, Map.of()));
        })
        .list();
  }

  /** How many published articles in {@code language} each category holds (categories with none are absent). */
  public Map<Long, Long> publishedCounts(Handle handle, Language language) {
    Map<Long, Long> counts = new HashMap<>();
    handle
        .createQuery("""
            SELECT c.category_id, COUNT(*) AS articles
            FROM article_category c JOIN article a ON a.id = c.article_id
            WHERE a.language = :language AND a.status = 'published'
            GROUP BY c.category_id
            """)
        .bind("language", language.code())
        .mapToMap()
        .forEach(row -> counts.put(((Number) row.get("category_id")).longValue(), ((Number) row.get("articles")).longValue()));
    return counts;
  }
}
