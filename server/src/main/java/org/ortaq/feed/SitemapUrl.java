package org.ortaq.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page in a sitemap.
 *
 * @param alternates the page's language versions, itself included, as Google asks of hreflang
 *     annotations; empty for a page with no translations
 */
public record SitemapUrl(String loc, Instant lastModified, List<Alternate> alternates) {
  public SitemapUrl {
    Checks.absoluteUrl(loc, "loc");
    if (loc.length() > 2048) { // sitemaps.org: loc must be less than 2,048 characters
      throw new IllegalArgumentException("loc is longer than 2048 characters");
    }
    Objects.requireNonNull(lastModified, "lastModified");
    alternates = List.copyOf(Objects.requireNonNull(alternates, "alternates"));
  }
}
