package org.ortaq.article;

import java.time.Instant;
import java.util.Objects;
import org.ortaq.text.Language;

/** What it takes to create an article; the slug is derived from the title when blank. */
public record NewArticle(
    long organizationId,
    Language language,
    String slug,
    String title,
    String shortStory,
    String fullStory,
    String author,
    ArticleStatus status,
    Instant publishedAt) {

  public NewArticle {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    if (title.isBlank() || title.length() > 500) {
      throw new IllegalArgumentException("a title has 1 to 500 characters");
    }
  }
}
