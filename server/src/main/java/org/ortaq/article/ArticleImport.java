package org.ortaq.article;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.ortaq.text.HtmlSanitizer;
import org.ortaq.text.Language;
import org.ortaq.text.Slug;

/**
 * Bulk loading of published articles inside the caller's transaction, for importers and generated
 * benchmark data: no per-article rule queries. HTML is sanitized unless the caller made it.
 */
public final class ArticleImport {
  private final ArticleStore store;

  public ArticleImport(ArticleStore store) {
    this.store = store;
  }

  /** Starts a story; {@code frontPage} shares it to the joint front page. */
  public long story(Handle handle, boolean frontPage, Instant now) {
    long group = store.newGroup(handle, now);
    if (frontPage) {
      store.setFrontPage(handle, group, true);
    }
    return group;
  }

  /**
   * Adds one published version to a story. The slug must be free in its language (importers make
   * it unique); {@code trustedHtml} skips sanitizing for HTML the caller generated itself.
   */
  public long add(Handle handle, long story, long organizationId, Language language, String title, String slug,
      String shortStory, String fullStory, String author, List<Long> categoryIds, List<String> tags,
      Instant publishedAt, boolean trustedHtml) {
    var article = new CheckedArticle(language, title, slug.isEmpty() ? Slug.from(title) : slug,
        trustedHtml ? shortStory : HtmlSanitizer.clean(shortStory),
        trustedHtml ? fullStory : HtmlSanitizer.clean(fullStory), author, "", categoryIds, tags);
    return store.insert(handle, story, organizationId, article, ArticleStatus.PUBLISHED, publishedAt, publishedAt);
  }

  /** Shares a story with a partner organization. */
  public void share(Handle handle, long story, long organizationId, Instant now) {
    store.share(handle, story, organizationId, now);
  }
}
