package org.ortaq.article;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The page-cache keys an article appears under: its page and its translations' pages (hreflang),
 * front page, organization pages (own and shared), categories, tags, archive month, feeds, sitemap.
 */
final class CacheKeys {
  private CacheKeys() {}

  static Set<String> of(Article article, List<Article> versions, boolean frontPage, List<Long> sharedWith) {
    var keys = new LinkedHashSet<String>();
    String language = article.language().code();
    keys.add("article:" + article.id());
    keys.add("page:" + article.path());
    versions.forEach(version -> {
      keys.add("article:" + version.id());
      keys.add("page:" + version.path());
    });
    if (frontPage) {
      keys.add("front:" + language);
      keys.add("feed:" + language);
    }
    keys.add("organization:" + article.organizationId());
    sharedWith.forEach(organization -> keys.add("organization:" + organization));
    article.categoryIds().forEach(category -> keys.add("category:" + category));
    article.tags().forEach(tag -> keys.add("tag:" + language + ":" + Tags.key(tag, article.language())));
    var month = article.publishedAt().atZone(ZoneOffset.UTC);
    keys.add("archive:" + language + ":" + month.getYear() + "-" + month.getMonthValue());
    keys.add("sitemap");
    return keys;
  }
}
