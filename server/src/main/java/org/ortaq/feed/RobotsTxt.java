package org.ortaq.feed;

import java.net.URI;

/** The site's robots.txt (RFC 9309): public pages open, admin and API closed, the sitemap named. */
public final class RobotsTxt {
  public static final String CONTENT_TYPE = "text/plain; charset=utf-8";

  private RobotsTxt() {}

  /**
   * The file for the site at {@code siteUrl}, e.g. {@code https://ortaq.example}; when Ortaq is
   * served under a path ({@code https://example.org/ortaq/}), the rules carry that path, since
   * crawlers read robots.txt from the host's root only.
   */
  public static String render(String siteUrl) {
    Checks.absoluteUrl(siteUrl, "siteUrl");
    var base = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    var rawPath = URI.create(base).getRawPath();
    var path = rawPath == null ? "" : rawPath;
    // Disallow keeps crawlers off the admin pages and the JSON API; it hides nothing from
    // people, so access control stays with the routes. Sitemap must be an absolute URL.
    return """
    User-agent: *
    Disallow: %1$s/admin/
    Disallow: %1$s/api/
    Allow: %1$s/

    Sitemap: %2$s/sitemap.xml
    """
        .formatted(path, base);
  }
}
