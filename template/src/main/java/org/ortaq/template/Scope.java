package org.ortaq.template;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one render sees: the page, the item, the theme (for {@code {custom}} templates), the
 * item's place in its list, how many {@code {custom}} levels deep it is, and what writes the
 * page's {@code {content}} when the page is rendered with {@link Template#renderPage}, and, inside
 * a {@code {catmenu}}, which category it is at.
 */
record Scope(
    PageContext page,
    Item item,
    Theme theme,
    int position,
    int depth,
    Optional<Consumer<StringBuilder>> content,
    Optional<CategoryMenu.Position> menu) {
  Scope(PageContext page, Item item, Theme theme, int position, int depth) {
    this(page, item, theme, position, depth, Optional.empty(), Optional.empty());
  }

  Scope(PageContext page, Item item, Theme theme, int position, int depth, Optional<Consumer<StringBuilder>> content) {
    this(page, item, theme, position, depth, content, Optional.empty());
  }

  /** This scope inside a {@code {catmenu}}, at a place in its tree. */
  Scope in(CategoryMenu.Position position) {
    return new Scope(page, item, theme, this.position, depth, content, Optional.of(position));
  }

  /** DLE's value lookup: the item's own values first, then the page's. */
  Optional<String> value(String key) {
    Optional<String> own = item.value(key);
    return own.isPresent() ? own : page.value(key);
  }

  /** A block from data: item, then page; "not-x" is the opposite of "x" unless set itself. */
  Optional<Boolean> block(String key) {
    return block(key, key.startsWith("not-") ? key.substring(4) : "");
  }

  /**
   * {@link #block(String)} with the positive name of a "not-" key worked out once, when the
   * template compiled ("" for a key without "not-").
   */
  Optional<Boolean> block(String key, String positive) {
    Optional<Boolean> found = item.block(key);
    if (found.isPresent()) {
      return found;
    }
    found = page.block(key);
    if (found.isPresent() || positive.isEmpty()) {
      return found;
    }
    found = item.block(positive);
    if (found.isEmpty()) {
      found = page.block(positive);
    }
    return found.isPresent() ? Optional.of(!found.get()) : found;
  }

  String themeUrl() {
    return page.themeUrl().orElseGet(() -> "/templates/" + theme.name());
  }
}
