package org.ortaq.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.ortaq.text.Language;

/** Writes articles and reads them one at a time; lists are in {@link ArticleListings}. */
public final class ArticleStore {
  static final String COLUMNS =
      """
      a.id, a.group_id, a.organization_id, a.language, a.slug, a.title, a.short_story,
      a.full_story, a.author, a.status, a.main_image, a.published_at, a.updated_at, a.views
      """;

  /** Starts a new story (translation group) and returns its id. */
  public long newGroup(Handle handle, Instant now) {
    return handle
        .createQuery("INSERT INTO article_group (created_at) VALUES (:now) RETURNING id")
        .bind("now", now.toEpochMilli())
        .mapTo(Long.class)
        .one();
  }

  long insert(Handle handle, long groupId, long organizationId, CheckedArticle article,
      ArticleStatus status, Instant publishedAt, Instant now) {
    long id =
        handle
            .createQuery(
                """
                INSERT INTO article (group_id, organization_id, language, slug, title, short_story,
                                     full_story, status, author, main_image, published_at,
                                     created_at, updated_at)
                VALUES (:group, :organization, :language, :slug, :title, :short, :full, :status,
                        :author, :image, :published, :now, :now)
                RETURNING id
                """)
            .bind("group", groupId)
            .bind("organization", organizationId)
            .bind("language", article.language().code())
            .bind("slug", article.slug())
            .bind("title", article.title())
            .bind("short", article.shortStory())
            .bind("full", article.fullStory())
            .bind("status", status.code())
            .bind("author", article.author())
            .bind("image", article.mainImage())
            .bind("published", publishedAt.toEpochMilli())
            .bind("now", now.toEpochMilli())
            .mapTo(Long.class)
            .one();
    replaceLists(handle, id, article);
    return id;
  }

  void update(Handle handle, long id, CheckedArticle article, Instant now) {
    handle
        .createUpdate(
            """
            UPDATE article SET slug = :slug, title = :title, short_story = :short,
                               full_story = :full, author = :author, main_image = :image,
                               updated_at = :now
            WHERE id = :id
            """)
        .bind("id", id)
        .bind("slug", article.slug())
        .bind("title", article.title())
        .bind("short", article.shortStory())
        .bind("full", article.fullStory())
        .bind("author", article.author())
        .bind("image", article.mainImage())
        .bind("now", now.toEpochMilli())
        .execute();
    replaceLists(handle, id, article);
  }

  void setStatus(Handle handle, long id, ArticleStatus status, Instant publishedAt, Instant now) {
    handle
        .createUpdate(
            "UPDATE article SET status = :status, published_at = :published, updated_at = :now"
                + " WHERE id = :id")
        .bind("id", id)
        .bind("status", status.code())
        .bind("published", publishedAt.toEpochMilli())
        .bind("now", now.toEpochMilli())
        .execute();
  }

  void delete(Handle handle, long id) {
    handle.createUpdate("DELETE FROM article WHERE id = :id").bind("id", id).execute();
  }

  /** Deletes the story when its last version is gone. */
  void deleteGroupIfEmpty(Handle handle, long groupId) {
    handle
        .createUpdate(
            """
            DELETE FROM article_group
            WHERE id = :group AND NOT EXISTS (SELECT 1 FROM article WHERE group_id = :group)
            """)
        .bind("group", groupId)
        .execute();
  }

  public Optional<Article> find(Handle handle, long id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM article a WHERE a.id = :id")
        .bind("id", id)
        .map(ArticleStore::row)
        .findOne()
        .map(article -> withLists(handle, List.of(article)).get(0));
  }

  /** The published article at {@code /language/news/…/slug}. */
  public Optional<Article> findPublished(Handle handle, Language language, String slug) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS
                + " FROM article a WHERE a.language = :language AND a.slug = :slug"
                + " AND a.status = 'published'")
        .bind("language", language.code())
        .bind("slug", slug)
        .map(ArticleStore::row)
        .findOne()
        .map(article -> withLists(handle, List.of(article)).get(0));
  }

  /** Every version of one story, in any status. */
  List<Article> versions(Handle handle, long groupId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM article a WHERE a.group_id = :group ORDER BY a.language")
        .bind("group", groupId)
        .map(ArticleStore::row)
        .list();
  }

  boolean slugTaken(Handle handle, Language language, String slug, long exceptId) {
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM article WHERE language = :language AND slug = :slug AND id <> :id")
        .bind("language", language.code())
        .bind("slug", slug)
        .bind("id", exceptId)
        .mapTo(Long.class)
        .one()
        > 0;
  }

  public long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM article").mapTo(Long.class).one();
  }

  /** Scheduled articles whose time has come. */
  List<Long> due(Handle handle, Instant now) {
    return handle
        .createQuery(
            "SELECT id FROM article WHERE status = 'scheduled' AND published_at <= :now ORDER BY id")
        .bind("now", now.toEpochMilli())
        .mapTo(Long.class)
        .list();
  }

  /** Adds counted views in one batch (the counter flushes here, not on every request). */
  void addViews(Handle handle, Map<Long, Long> views) {
    var batch = handle.prepareBatch("UPDATE article SET views = views + :n WHERE id = :id");
    views.forEach((id, n) -> batch.bind("id", id).bind("n", n).add());
    if (!views.isEmpty()) {
      batch.execute();
    }
  }

  boolean frontPage(Handle handle, long groupId) {
    return handle
        .createQuery("SELECT front_page FROM article_group WHERE id = :group")
        .bind("group", groupId)
        .mapTo(Boolean.class)
        .findOne()
        .orElse(false);
  }

  void setFrontPage(Handle handle, long groupId, boolean onFrontPage) {
    handle
        .createUpdate("UPDATE article_group SET front_page = :front WHERE id = :group")
        .bind("group", groupId)
        .bind("front", onFrontPage)
        .execute();
  }

  List<Long> sharedWith(Handle handle, long groupId) {
    return handle
        .createQuery("SELECT organization_id FROM group_share WHERE group_id = :group ORDER BY organization_id")
        .bind("group", groupId)
        .mapTo(Long.class)
        .list();
  }

  void share(Handle handle, long groupId, long organizationId, Instant now) {
    handle
        .createUpdate(
            """
            INSERT INTO group_share (group_id, organization_id, shared_at)
            VALUES (:group, :organization, :now)
            ON CONFLICT (group_id, organization_id) DO NOTHING
            """)
        .bind("group", groupId)
        .bind("organization", organizationId)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  void unshare(Handle handle, long groupId, long organizationId) {
    handle
        .createUpdate("DELETE FROM group_share WHERE group_id = :group AND organization_id = :organization")
        .bind("group", groupId)
        .bind("organization", organizationId)
        .execute();
  }

  /** Fills categories and tags of {@code articles} with two queries. */
  static List<Article> withLists(Handle handle, List<Article> articles) {
    if (articles.isEmpty()) {
      return articles;
    }
    List<Long> ids = articles.stream().map(Article::id).toList();
    Map<Long, List<Long>> categories = new HashMap<>();
    handle
        .createQuery("SELECT article_id, category_id FROM article_category WHERE article_id IN (<ids>) ORDER BY category_id")
        .bindList("ids", ids)
        .mapToMap()
        .forEach(row -> categories
            .computeIfAbsent(number(row.get("article_id")), k -> new ArrayList<>())
            .add(number(row.get("category_id"))));
    Map<Long, List<String>> tags = new HashMap<>();
    handle
        .createQuery("SELECT article_id, tag FROM article_tag WHERE article_id IN (<ids>) ORDER BY tag_key")
        .bindList("ids", ids)
        .mapToMap()
        .forEach(row -> tags
            .computeIfAbsent(number(row.get("article_id")), k -> new ArrayList<>())
            .add((String) row.get("tag")));
    return articles.stream()
        .map(a -> a.with(categories.getOrDefault(a.id(), List.of()), tags.getOrDefault(a.id(), List.of())))
        .toList();
  }

  static Article row(ResultSet row, StatementContext context) throws SQLException {
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
        ArticleStatus.parse(row.getString("status")),
        row.getString("main_image"),
        Instant.ofEpochMilli(row.getLong("published_at")),
        Instant.ofEpochMilli(row.getLong("updated_at")),
        row.getLong("views"),
        List.of(),
        List.of());
  }

  private static void replaceLists(Handle handle, long id, CheckedArticle article) {
    handle.createUpdate("DELETE FROM article_category WHERE article_id = :id").bind("id", id).execute();
    handle.createUpdate("DELETE FROM article_tag WHERE article_id = :id").bind("id", id).execute();
    if (!article.categoryIds().isEmpty()) {
      var batch = handle.prepareBatch("INSERT INTO article_category (article_id, category_id) VALUES (:id, :category)");
      article.categoryIds().forEach(category -> batch.bind("id", id).bind("category", category).add());
      batch.execute();
    }
    if (!article.tags().isEmpty()) {
      var batch = handle.prepareBatch("INSERT INTO article_tag (article_id, tag, tag_key) VALUES (:id, :tag, :key)");
      article.tags().forEach(tag -> batch.bind("id", id).bind("tag", tag).bind("key", Tags.key(tag, article.language())).add());
      batch.execute();
    }
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
