package org.ortaq.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One sitemap file listed in a sitemap index, with when its newest page changed. */
public record SitemapReference(String loc, Instant lastModified) {
  public SitemapReference {
    Checks.absoluteUrl(loc, "loc");
    Objects.requireNonNull(lastModified, "lastModified");
  }

  /** The reference to the sitemap at {@code loc} holding {@code urls}: its newest lastmod. */
  public static SitemapReference covering(String loc, List<SitemapUrl> urls) {
    var newest =
        urls.stream()
            .map(SitemapUrl::lastModified)
            .max(Comparator.naturalOrder())
            .orElseThrow(() -> new IllegalArgumentException("a sitemap needs at least one URL"));
    return new SitemapReference(loc, newest);
  }
}
