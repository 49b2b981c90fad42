package org.ortaq.feed;

import java.time.Instant;
import java.util.Objects;
import org.ortaq.text.Language;

/**
 * One feed's channel: a language's joint front page or an organization's page.
 *
 * @param siteUrl the absolute URL of the page the feed follows
 * @param feedUrl the absolute URL the feed itself is served at (RSS atom:link and Atom rel=self)
 * @param updated when the newest entry changed; Atom's feed updated, RSS lastBuildDate
 */
public record FeedChannel(
    String title,
    String description,
    String siteUrl,
    String feedUrl,
    Language language,
    Instant updated) {

  public FeedChannel {
    Checks.text(title, "title");
    Checks.text(description, "description"); // RSS 2.0 requires a channel description
    Checks.absoluteUrl(siteUrl, "siteUrl");
    Checks.absoluteUrl(feedUrl, "feedUrl");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(updated, "updated");
  }
}
