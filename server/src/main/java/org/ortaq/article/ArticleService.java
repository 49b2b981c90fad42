package org.ortaq.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.ortaq.store.Database;
import org.ortaq.text.Language;
import org.ortaq.text.Slug;

/** The newsroom's rules: creating articles with their translations, and reading what is public. */
public final class ArticleService {
  private final Database database;
  private final ArticleStore store;
  private final Clock clock;

  public ArticleService(Database database, ArticleStore store, Clock clock) {
    this.database = database;
    this.store = store;
    this.clock = clock;
  }

  /** Creates the versions of one article, linked as translations, in one transaction. */
  public List<Long> createTranslated(List<NewArticle> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("an article needs at least one language version");
    }
    Instant now = clock.instant();
    return database.inTransaction(
        handle -> {
          long group = store.newGroup(handle, now);
          var ids = new ArrayList<Long>(versions.size());
          for (NewArticle version : versions) {
            ids.add(store.insert(handle, group, freeSlug(handle, version), version, now));
          }
          return ids;
        });
  }

  /** One page (1-based) of the joint front page in {@code language}. */
  public ArticlePage frontPage(Language language, int page, int perPage) {
    int number = Math.max(1, page);
    return database.read(
        handle ->
            new ArticlePage(
                store.published(handle, language, (number - 1) * perPage, perPage),
                store.countPublished(handle, language),
                number,
                perPage));
  }

  public Optional<Article> find(Language language, String slug) {
    return database.read(handle -> store.findPublished(handle, language, slug));
  }

  /** Every published version of {@code article}, itself included. */
  public List<Article> translations(Article article) {
    return database.read(handle -> store.publishedTranslations(handle, article.groupId()));
  }

  public long count() {
    return database.read(store::count);
  }

  private String freeSlug(Handle handle, NewArticle version) {
    String base =
        version.slug() == null || version.slug().isBlank()
            ? Slug.from(version.title())
            : Slug.from(version.slug());
    if (base.isEmpty()) {
      base = "article";
    }
    String slug = base;
    for (int n = 2; store.slugTaken(handle, version.language(), slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }
}
