package org.ortaq.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the total, and facet counts for the filters; {@code exact} is false when
 * so many documents match that the total and the counts are estimates.
 */
public record SearchResults(List<Hit> hits, long total, boolean exact, int page, int perPage,
    Map<String, Map<String, Long>> facets) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  public int pages() {
    return (int) Math.max(1, (total + perPage - 1) / perPage);
  }

  /** One found document; {@code snippet} is HTML with the matches in {@code <mark>}. */
  public record Hit(String kind, String language, String title, String url, String organizationName,
      Instant date, String snippet, float score) {}
}
