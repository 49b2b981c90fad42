package org.ortaq.article;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/** Lists of published articles for public pages and feeds; every statement is in this file. */
final class ArticleListings {

  List<Article> page(Handle handle, Listing listing, int offset, int limit) {
    var query =
        handle.createQuery(
            "SELECT " + ArticleStore.COLUMNS + " FROM article a " + where(listing)
                + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
    bind(query, listing);
    List<Article> articles =
        query.bind("limit", limit).bind("offset", offset).map(ArticleStore::row).list();
    return ArticleStore.withLists(handle, articles);
  }

  /**
   * Counts the listing's articles, but stops at {@code cap}: pagination needs to know the pages
   * near the current one, and a full count of a 100,000-article language costs tens of ms.
   */
  long count(Handle handle, Listing listing, long cap) {
    var query = handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM article a " + where(listing) + " LIMIT :cap) counted");
    bind(query, listing);
    return query.bind("cap", cap).mapTo(Long.class).one();
  }

  /** Published articles in the same language sharing a category or tag, newest first. */
  List<Article> related(Handle handle, Article article, int limit) {
    List<Article> related =
        handle
            .createQuery(
                "SELECT " + ArticleStore.COLUMNS
                    + """
                     FROM article a
                    WHERE a.language = :language AND a.status = 'published' AND a.id <> :id
                      AND a.group_id <> :group
                      AND (EXISTS (SELECT 1 FROM article_category c JOIN article_category mine
                                     ON mine.category_id = c.category_id AND mine.article_id = :id
                                    WHERE c.article_id = a.id)
                        OR EXISTS (SELECT 1 FROM article_tag t JOIN article_tag mine
                                     ON mine.tag_key = t.tag_key AND mine.article_id = :id
                                    WHERE t.article_id = a.id))
                    ORDER BY a.published_at DESC, a.id DESC
                    LIMIT :limit
                    """)
            .bind("language", article.language().code())
            .bind("id", article.id())
            .bind("group", article.groupId())
            .bind("limit", limit)
            .map(ArticleStore::row)
            .list();
    return ArticleStore.withLists(handle, related);
  }

  /** Every published article of every language, for the sitemap, oldest id first. */
  List<Article> allPublished(Handle handle, long afterId, int limit) {
    return handle
        .createQuery(
            "SELECT " + ArticleStore.COLUMNS
                + " FROM article a WHERE a.status = 'published' AND a.id > :after ORDER BY a.id LIMIT :limit")
        .bind("after", afterId)
        .bind("limit", limit)
        .map(ArticleStore::row)
        .list();
  }

  long countPublished(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM article WHERE status = 'published'").mapTo(Long.class).one();
  }

  /** One page of published articles by id, each with the published versions of its story. */
  List<Article> publishedPage(Handle handle, int offset, int limit) {
    return handle
        .createQuery("SELECT " + ArticleStore.COLUMNS
            + " FROM article a WHERE a.status = 'published' ORDER BY a.id LIMIT :limit OFFSET :offset")
        .bind("limit", limit)
        .bind("offset", offset)
        .map(ArticleStore::row)
        .list();
  }

  /** The published versions of the stories of the given articles, keyed by story. */
  java.util.Map<Long, List<Article>> storiesOf(Handle handle, List<Article> articles) {
    var stories = new java.util.HashMap<Long, List<Article>>();
    List<Long> groups = articles.stream().map(Article::groupId).distinct().toList();
    for (int from = 0; from < groups.size(); from += 900) {
      handle.createQuery("SELECT " + ArticleStore.COLUMNS
              + " FROM article a WHERE a.status = 'published' AND a.group_id IN (<groups>)")
          .bindList("groups", groups.subList(from, Math.min(groups.size(), from + 900)))
          .map(ArticleStore::row)
          .forEach(version -> stories.computeIfAbsent(version.groupId(), k -> new java.util.ArrayList<>()).add(version));
    }
    return stories;
  }

  /** Published versions of one story. */
  List<Article> translations(Handle handle, long groupId) {
    return handle
        .createQuery(
            "SELECT " + ArticleStore.COLUMNS
                + " FROM article a WHERE a.group_id = :group AND a.status = 'published' ORDER BY a.language")
        .bind("group", groupId)
        .map(ArticleStore::row)
        .list();
  }

  /** Any article by organization (0: any), language ("" any) and statuses, newest first. */
  List<Article> search(Handle handle, long organizationId, String language, List<String> statuses, int offset, int limit) {
    var query = handle.createQuery("SELECT " + ArticleStore.COLUMNS + " FROM article a " + searchWhere(organizationId, language)
        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
    bindSearch(query, organizationId, language, statuses);
    return ArticleStore.withLists(handle, query.bind("limit", limit).bind("offset", offset).map(ArticleStore::row).list());
  }

  long searchCount(Handle handle, long organizationId, String language, List<String> statuses) {
    var query = handle.createQuery("SELECT COUNT(*) FROM article a " + searchWhere(organizationId, language));
    bindSearch(query, organizationId, language, statuses);
    return query.mapTo(Long.class).one();
  }

  /** The desk's list: any status of the given organizations, optionally one status and a title filter. */
  List<Article> desk(Handle handle, List<Long> organizations, String status, String title, int offset, int limit) {
    if (organizations.isEmpty()) {
      return List.of();
    }
    var query = handle.createQuery("SELECT " + ArticleStore.COLUMNS + " FROM article a WHERE a.organization_id IN (<organizations>)"
        + (status.isEmpty() ? "" : " AND a.status = :status")
        + (title.isEmpty() ? "" : " AND LOWER(a.title) LIKE :title")
        + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset");
    query.bindList("organizations", organizations).bind("limit", limit).bind("offset", offset);
    if (!status.isEmpty()) {
      query.bind("status", status);
    }
    if (!title.isEmpty()) {
      query.bind("title", "%" + title.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }
    return query.map(ArticleStore::row).list();
  }

  private static String searchWhere(long organizationId, String language) {
    return "WHERE a.status IN (<statuses>)" + (organizationId == 0 ? "" : " AND a.organization_id = :organization")
        + (language.isEmpty() ? "" : " AND a.language = :language");
  }

  private static void bindSearch(SqlStatement<?> query, long organizationId, String language, List<String> statuses) {
    query.bindList("statuses", statuses);
    if (organizationId != 0) {
      query.bind("organization", organizationId);
    }
    if (!language.isEmpty()) {
      query.bind("language", language);
    }
  }

  private static String where(Listing listing) {
    String base = "WHERE a.language = :language AND a.status = 'published'";
    return switch (listing) {
      case Listing.Front front ->
          "JOIN article_group g ON g.id = a.group_id " + base + " AND g.front_page = :yes";
      case Listing.OfOrganization organization ->
          base + " AND (a.organization_id = :organization OR EXISTS (SELECT 1 FROM group_share s"
              + " WHERE s.group_id = a.group_id AND s.organization_id = :organization))";
      case Listing.InCategory category ->
          base + " AND EXISTS (SELECT 1 FROM article_category c WHERE c.article_id = a.id"
              + " AND c.category_id = :category)";
      case Listing.WithTag tag ->
          base + " AND EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id"
              + " AND t.tag_key = :tag)";
      case Listing.Archive archive -> base + " AND a.published_at >= :from AND a.published_at < :to";
    };
  }

  private static void bind(SqlStatement<?> query, Listing listing) {
    query.bind("language", listing.language().code());
    switch (listing) {
      case Listing.Front front -> query.bind("yes", true);
      case Listing.OfOrganization organization -> query.bind("organization", organization.organizationId());
      case Listing.InCategory category -> query.bind("category", category.categoryId());
      case Listing.WithTag tag -> query.bind("tag", tag.tagKey());
      case Listing.Archive archive ->
          query.bind("from", archive.from().toEpochMilli()).bind("to", archive.to().toEpochMilli());
    }
  }
}
