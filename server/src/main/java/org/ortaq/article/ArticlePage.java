package org.ortaq.article;

import java.util.List;

/**
 * One page of a list of articles, with what pagination needs.
 *
 * @param total the number of articles, counted at most {@link #PAGES_AHEAD} pages past this one
 * @param more true when there are more articles than {@code total} counted
 */
public record ArticlePage(List<Article> items, long total, int page, int perPage, boolean more) {
  /** How many pages past the current one a list counts. */
  public static final int PAGES_AHEAD = 10;

  public ArticlePage {
    items = List.copyOf(items);
  }

  public ArticlePage(List<Article> items, long total, int page, int perPage) {
    this(items, total, page, perPage, false);
  }

  /** The pages known to exist (more may follow when {@link #more()}). */
  public int pages() {
    return (int) Math.max(1, (total + perPage - 1) / perPage);
  }
}
