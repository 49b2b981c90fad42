package org.ortaq.feed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ortaq.text.Language;

/**
 * What an article page's head says about the article, in plain text; {@link ArticleMetadata}
 * escapes it.
 *
 * @param headline the full title; JSON-LD's headline is cut to 110 characters
 * @param description a plain-text summary, "" when none
 * @param url the article's absolute canonical URL
 * @param imageUrl the absolute URL of the lead image, "" when none
 * @param translations the other languages the article is published in
 * @param author the byline, "" when none (JSON-LD then credits the publisher)
 * @param section the newsroom section, "" when none
 * @param siteName the site the page belongs to (og:site_name, JSON-LD isPartOf)
 * @param siteUrl the absolute URL of that site
 */
public record ArticleMetadataInput(
    String headline,
    String description,
    String url,
    String imageUrl,
    Language language,
    List<Language> translations,
    Instant published,
    Instant modified,
    String author,
    String section,
    List<String> tags,
    String siteName,
    String siteUrl,
    Publisher publisher) {

  public ArticleMetadataInput {
    Checks.text(headline, "headline");
    Objects.requireNonNull(description, "description");
    Checks.absoluteUrl(url, "url");
    Checks.absoluteUrlOrEmpty(imageUrl, "imageUrl");
    Objects.requireNonNull(language, "language");
    translations =
        List.copyOf(Objects.requireNonNull(translations, "translations")).stream()
            .filter(translation -> translation != language)
            .distinct()
            .toList();
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(section, "section");
    tags = Checks.texts(tags, "tags");
    Checks.text(siteName, "siteName");
    Checks.absoluteUrl(siteUrl, "siteUrl");
    Objects.requireNonNull(publisher, "publisher");
  }
}
