package org.ortaq.article;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.ortaq.text.Language;

/** A published article in one language; its translations share {@code groupId}. */
public record Article(
    long id,
    long groupId,
    long organizationId,
    Language language,
    String slug,
    String title,
    String shortStory,
    String fullStory,
    String author,
    Instant publishedAt,
    long views) {

  public Article {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }

  /** The article's public path: {@code /az/news/2024/06/slug}. */
  public String path() {
    var date = publishedAt.atZone(ZoneOffset.UTC);
    return "/%s/news/%04d/%02d/%s"
        .formatted(language.code(), date.getYear(), date.getMonthValue(), slug);
  }
}
