package org.ortaq.article;

import java.util.List;

/**
 * The editable content of an article as it comes from the API or the editor, not yet checked:
 * {@link ArticleRules} turns it into field errors or a clean {@link CheckedArticle}.
 *
 * @param translationOf the id of an article this one translates, or 0 for a new story
 */
public record ArticleDraft(
    String language,
    String title,
    String slug,
    String shortStory,
    String fullStory,
    String author,
    String mainImage,
    List<String> categories,
    List<String> tags,
    long translationOf) {

  public ArticleDraft {
    language = language == null ? "" : language;
    title = title == null ? "" : title;
    slug = slug == null ? "" : slug;
    shortStory = shortStory == null ? "" : shortStory;
    fullStory = fullStory == null ? "" : fullStory;
    author = author == null ? "" : author;
    mainImage = mainImage == null ? "" : mainImage;
    categories = categories == null ? List.of() : List.copyOf(categories);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
