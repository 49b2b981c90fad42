package org.ortaq.article;

import java.util.List;
import org.ortaq.text.Language;

/** Article content that passed {@link ArticleRules}: sanitized HTML, a free slug, known categories. */
record CheckedArticle(
    Language language,
    String title,
    String slug,
    String shortStory,
    String fullStory,
    String author,
    String mainImage,
    List<Long> categoryIds,
    List<String> tags) {

  CheckedArticle {
    categoryIds = List.copyOf(categoryIds);
    tags = List.copyOf(tags);
  }
}
