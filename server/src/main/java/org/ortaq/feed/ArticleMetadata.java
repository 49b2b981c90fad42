package org.ortaq.feed;

import java.time.temporal.ChronoUnit;
import org.ortaq.text.Html;
import org.ortaq.text.Language;

/**
 * The head of an article page for link previews and search engines: Open Graph meta tags
 * (https://ogp.me) and a schema.org NewsArticle in JSON-LD.
 */
public final class ArticleMetadata {
  private final NewsArticleJsonLd jsonLd = new NewsArticleJsonLd();

  /** Open Graph tags and the JSON-LD script, one element per line. */
  public String head(ArticleMetadataInput article) {
    return openGraph(article) + jsonLdScript(article);
  }

  /** The og: and article: meta tags, every value HTML-escaped. */
  public String openGraph(ArticleMetadataInput article) {
    var html = new StringBuilder(1024);
    meta(html, "og:type", "article");
    meta(html, "og:title", article.headline());
    if (!article.description().isBlank()) {
      meta(html, "og:description", article.description());
    }
    meta(html, "og:url", article.url());
    if (!article.imageUrl().isEmpty()) {
      meta(html, "og:image", article.imageUrl());
    }
    meta(html, "og:locale", openGraphLocale(article.language()));
    for (var translation : article.translations()) {
      meta(html, "og:locale:alternate", openGraphLocale(translation));
    }
    meta(html, "og:site_name", article.siteName());
    meta(
        html,
        "article:published_time",
        article.published().truncatedTo(ChronoUnit.SECONDS).toString());
    meta(
        html,
        "article:modified_time",
        article.modified().truncatedTo(ChronoUnit.SECONDS).toString());
    if (!article.section().isBlank()) {
      meta(html, "article:section", article.section());
    }
    for (var tag : article.tags()) {
      meta(html, "article:tag", tag);
    }
    return html.toString();
  }

  /** The NewsArticle as {@code <script type="application/ld+json">}, unable to end early. */
  public String jsonLdScript(ArticleMetadataInput article) {
    return "<script type=\"application/ld+json\">" + jsonLd.json(article) + "</script>\n";
  }

  /** Open Graph writes locales as language_TERRITORY, with the country each newsroom serves. */
  static String openGraphLocale(Language language) {
    return switch (language) {
      case AZ -> "az_AZ";
      case TR -> "tr_TR";
      case EN -> "en_US";
      case RU -> "ru_RU";
    };
  }

  private static void meta(StringBuilder html, String property, String content) {
    html.append("<meta property=\"")
        .append(property)
        .append("\" content=\"")
        .append(Html.escape(content))
        .append("\">\n");
  }
}
