/**
 * Feeds and metadata for crawlers and readers: RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents,
 * sitemaps with hreflang alternates, robots.txt, and the Open Graph and JSON-LD head of an article
 * page. It owns no tables and imports no other feature: the composition root fills its records
 * ({@link org.ortaq.feed.FeedChannel}, {@link org.ortaq.feed.FeedEntry}, {@link
 * org.ortaq.feed.SitemapUrl}, {@link org.ortaq.feed.ArticleMetadataInput}) from the article and
 * organization services and serves the strings these writers return.
 */
package org.ortaq.feed;
