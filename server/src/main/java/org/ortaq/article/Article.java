package org.ortaq.article;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.ortaq.text.Language;

/**
 * An article in one language; its translations share {@code groupId}.
 *
 * @param publishedAt when it was published, or is planned to be when scheduled; for drafts the
 *     creation time (the date its URL will carry unless it is published later)
 */
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
    ArticleStatus status,
    String mainImage,
    Instant publishedAt,
    Instant updatedAt,
    long views,
    List<Long> categoryIds,
    List<String> tags) {

  public Article {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    categoryIds = List.copyOf(categoryIds);
    tags = List.copyOf(tags);
  }

  /** The article's public path: {@code /az/news/2024/06/slug}. */
  public String path() {
    var date = publishedAt.atZone(ZoneOffset.UTC);
    return "/%s/news/%04d/%02d/%s"
        .formatted(language.code(), date.getYear(), date.getMonthValue(), slug);
  }

  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }

  /** The same article with its list-only fields filled in. */
  Article with(List<Long> categories, List<String> tagList) {
    return new Article(id, groupId, organizationId, language, slug, title, shortStory, fullStory,
        author, status, mainImage, publishedAt, updatedAt, views, categories, tagList);
  }
}
