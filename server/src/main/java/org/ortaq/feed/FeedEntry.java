package org.ortaq.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article in a feed; HTML fields are already sanitized by the newsroom.
 *
 * @param id a permanent absolute URI ({@code tag:}, {@code urn:} or the first URL) that never
 *     changes when the slug does: Atom's id, RSS's guid (a permalink only when it equals url)
 * @param summaryHtml the short story as HTML, "" when none
 * @param contentHtml the full story as HTML, "" when none
 * @param author the byline, "" when none (Atom then inherits the channel as author)
 * @param categories tags or sections, possibly empty
 * @param imageUrl the absolute URL of the lead image, "" when none
 */
public record FeedEntry(
    String id,
    String title,
    String url,
    String summaryHtml,
    String contentHtml,
    Instant published,
    Instant updated,
    String author,
    List<String> categories,
    String imageUrl) {

  public FeedEntry {
    Checks.absoluteUri(id, "id");
    Checks.text(title, "title");
    Checks.absoluteUrl(url, "url");
    Objects.requireNonNull(summaryHtml, "summaryHtml");
    Objects.requireNonNull(contentHtml, "contentHtml");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(author, "author");
    categories = Checks.texts(categories, "categories");
    Checks.absoluteUrlOrEmpty(imageUrl, "imageUrl");
  }

  /** The summary, or the full content when the article has no separate summary. */
  String summaryOrContent() {
    return summaryHtml.isBlank() ? contentHtml : summaryHtml;
  }
}
