package org.ortaq.template;

import java.util.Optional;

/**
 * What one render sees: the page, the item, the theme (for {@code {custom}} templates), the
 * item's place in its list and how many {@code {custom}} levels deep it is.
 */
record Scope(PageContext page, Item item, Theme theme, int position, int depth) {
  /** DLE's value lookup: the item's own values first, then the page's. */
  Optional<String> value(String key) {
    Optional<String> own = item.value(key);
    return own.isPresent() ? own : page.value(key);
  }

  /** A block from data: item, then page; "not-x" is the opposite of "x" unless set itself. */
  Optional<Boolean> block(String key) {
    Optional<Boolean> found = item.block(key);
    if (found.isEmpty()) {
      found = page.block(key);
    }
    if (found.isEmpty() && key.startsWith("not-")) {
      String positive = key.substring(4);
      found = item.block(positive).or(() -> page.block(positive)).map(keep -> !keep);
    }
    return found;
  }

  String themeUrl() {
    return page.themeUrl().orElseGet(() -> "/templates/" + theme.name());
  }
}
