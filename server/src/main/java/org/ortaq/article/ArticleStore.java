package org.ortaq.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.ortaq.text.Language;

/** Reads and writes articles; every statement it runs is in this file. */
public final class ArticleStore {
  private static final String COLUMNS =
      """
      id, group_id, organization_id, language, slug, title, short_story, full_story, author,
      published_at, views
      """;

  /** Starts a new translation group and returns its id. */
  public long newGroup(Handle handle, Instant now) {
    return handle
        .createQuery("INSERT INTO article_group (created_at) VALUES (:now) RETURNING id")
        .bind("now", now.toEpochMilli())
        .mapTo(Long.class)
        .one();
  }

  /** Inserts {@code article} into {@code groupId} with {@code slug}; returns its id. */
  public long insert(Handle handle, long groupId, String slug, NewArticle article, Instant now) {
    return handle
        .createQuery(
            """
            INSERT INTO article (group_id, organization_id, language, slug, title, short_story,
                                 full_story, status, author, published_at, created_at, updated_at)
            VALUES (:group, :organization, :language, :slug, :title, :short, :full, :status, :author,
                    :published, :now, :now)
            RETURNING id
            """)
        .bind("group", groupId)
        .bind("organization", article.organizationId())
        .bind("language", article.language().code())
        .bind("slug", slug)
        .bind("title", article.title())
        .bind("short", article.shortStory())
        .bind("full", article.fullStory())
        .bind("status", article.status().code())
        .bind("author", article.author())
        .bind("published", article.publishedAt() == null ? null : article.publishedAt().toEpochMilli())
        .bind("now", now.toEpochMilli())
        .mapTo(Long.class)
        .one();
  }

  public boolean slugTaken(Handle handle, Language language, String slug) {
    return handle
        .createQuery("SELECT COUNT(*) FROM article WHERE language = :language AND slug = :slug")
        .bind("language", language.code())
        .bind("slug", slug)
        .mapTo(Long.class)
        .one()
        > 0;
  }

  public long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM article").mapTo(Long.class).one();
  }

  /** Published articles in {@code language}, newest first, one page of them. */
  public List<Article> published(Handle handle, Language language, int offset, int limit) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + """
                FROM article
                WHERE language = :language AND status = 'published'
                ORDER BY published_at DESC, id DESC
                LIMIT :limit OFFSET :offset
                """)
        .bind("language", language.code())
        .bind("limit", limit)
        .bind("offset", offset)
        .map(ArticleStore::article)
        .list();
  }

  public long countPublished(Handle handle, Language language) {
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM article WHERE language = :language AND status = 'published'")
        .bind("language", language.code())
        .mapTo(Long.class)
        .one();
  }

  /** The published article at {@code /language/news/yyyy/mm/slug}, when the date matches too. */
  public Optional<Article> findPublished(Handle handle, Language language, String slug) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + """
                FROM article
                WHERE language = :language AND slug = :slug AND status = 'published'
                """)
        .bind("language", language.code())
        .bind("slug", slug)
        .map(ArticleStore::article)
        .findOne();
  }

  /** The published versions of one article, in every language. */
  public List<Article> publishedTranslations(Handle handle, long groupId) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + """
                FROM article
                WHERE group_id = :group AND status = 'published'
                ORDER BY language
                """)
        .bind("group", groupId)
        .map(ArticleStore::article)
        .list();
  }

  private static Article article(ResultSet row, StatementContext context) throws SQLException {
    return new Article(
        row.getLong("id"),
        row.getLong("group_id"),
        row.getLong("organization_id"),
        Language.parse(row.getString("language")),
        row.getString("slug"),
        row.getString("title"),
        row.getString("short_story"),
        row.getString("full_story"),
        row.getString("author"),
        Instant.ofEpochMilli(row.getLong("published_at")),
        row.getLong("views"));
  }
}
