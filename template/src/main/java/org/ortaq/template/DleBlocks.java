package org.ortaq.template;

import java.util.Set;

/**
 * Block names DLE always resolves, so that a theme never shows their tags even when the caller
 * gives no data for them: without data the block is dropped and its {@code not-} form kept. Item
 * blocks (shortstory, fullstory, comments, addcomments) resolve so only when there is an item;
 * in main.tpl, with {@link Item#EMPTY}, DLE leaves them as text, and so does this engine.
 */
final class DleBlocks {
  static final Set<String> ITEM = Set.of(
      "comments", "fixed", "poll", "tags", "rating", "rating-type-1", "rating-type-2", "rating-type-3",
      "rating-type-4", "edit-date", "edit-reason", "has-category", "category-icon", "new", "updated",
      "pages", "related-news", "next-url", "prev-url", "approve", "signature", "images", "replycount",
      "online", "offline", "positive-comment", "negative-comment", "neutral-comment", "treecomments",
      "rootcomments", "childrencomments", "comments-author", "news-author", "user-info", "sec_code",
      "recaptcha", "question", "image-upload", "not-logged", "comments-subscribe",
      "comments-unsubscribe", "allow-comments-subscribe");

  static final Set<String> PAGE = Set.of(
      "page-title", "page-description", "category-description", "sort", "navigation", "custom",
      "country", "active-plugins", "vk", "odnoklassniki", "facebook", "google", "mailru", "yandex",
      "fullname", "land", "news-num", "comm-num", "new-pm", "admin-link", "time_limit");

  private DleBlocks() {}

  /** The decision without data for a block (base name without "not-"), or LITERAL for unknown ones. */
  static Node.Decision withoutData(String base, boolean negated, Scope scope) {
    if (PAGE.contains(base) || (ITEM.contains(base) && scope.item() != Item.EMPTY)) {
      return Node.Condition.of(negated);
    }
    return Node.Decision.LITERAL;
  }
}
