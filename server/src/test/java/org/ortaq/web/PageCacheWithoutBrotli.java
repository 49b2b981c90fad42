package org.ortaq.web;

import java.time.Clock;
import java.util.Set;

/** Run in a JVM where brotli4j cannot load: exits 0 when br readers get gzip, 1 otherwise. */
final class PageCacheWithoutBrotli {
  private PageCacheWithoutBrotli() {}

  public static void main(String[] arguments) {
    boolean gzip = true;
    try (var site = PageCacheSite.start(new PageCache(1 << 20, Clock.systemUTC()))) {
      String page = PageCacheSite.html("gzip", 3_000);
      site.page("/az/", Set.of("front:az"), () -> page);
      site.page("/tr/", Set.of("front:tr"), () -> page);
      for (String path : new String[] {"/az/", "/tr/"}) {
        var response = site.get(path, "Accept-Encoding", "br, gzip");
        gzip &= response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
        gzip &= PageCacheSite.text(response).equals(page);
      }
      // A second cache in the same JVM must not log the missing library again.
      new PageCache(1 << 20, Clock.systemUTC());
    }
    System.exit(gzip ? 0 : 1);
  }
}
