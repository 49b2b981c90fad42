package org.ortaq.article;

import java.util.List;

/** One page of a list of articles, with what pagination needs. */
public record ArticlePage(List<Article> items, long total, int page, int perPage) {
  public ArticlePage {
    items = List.copyOf(items);
  }

  public int pages() {
    return (int) Math.max(1, (total + perPage - 1) / perPage);
  }
}
