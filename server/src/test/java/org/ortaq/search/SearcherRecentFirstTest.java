package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.text.Language;

/** Queries with more than 60,000 matches: ranked among recent documents first, never fewer hits. */
class SearcherRecentFirstTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final int OLD = 61_000;

  @TempDir Path dir;

  @Test
  void fillsThePageFromOlderDocumentsWhenTooFewAreRecent() {
    try (SearchIndex index = indexed(0)) {
      SearchResults results = new Searcher(index, Clock.fixed(NOW, ZoneOffset.UTC)).search(SearchQuery.of("Şuşa"));

      assertThat(results.hits()).hasSize(10);
      assertThat(results.total()).isGreaterThan(60_000);
    }
  }

  @Test
  void ranksTheRecentDocumentsFirst() {
    try (SearchIndex index = indexed(12)) {
      SearchResults results = new Searcher(index, Clock.fixed(NOW, ZoneOffset.UTC)).search(SearchQuery.of("Şuşa"));

      assertThat(results.hits()).hasSize(10)
          .allSatisfy(hit -> assertThat(hit.date()).isAfter(NOW.minus(Duration.ofDays(30))));
    }
  }

  @Test
  void readersPagesFollowOneAnotherFromTheRecentMatchesIntoTheOlderOnes() {
    try (SearchIndex index = indexed(1_100)) {
      var searcher = new Searcher(index, Clock.fixed(NOW, ZoneOffset.UTC));
      List<SearchResults.Hit> hits = new java.util.ArrayList<>();
      for (int page = 1; page <= 24; page++) {
        hits.addAll(searcher.search(new SearchQuery("Şuşa", java.util.Optional.empty(), java.util.Optional.empty(),
            java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
            java.util.Optional.of(Language.AZ), page, 50)).hits());
      }

      assertThat(hits).hasSize(1_200);
      assertThat(hits.stream().map(SearchResults.Hit::url)).doesNotHaveDuplicates();
      // the 1,100 recent ones first, whatever the page asked for, then the older ones
      assertThat(hits.subList(0, 1_100)).allSatisfy(hit -> assertThat(hit.date()).isAfter(NOW.minus(Duration.ofDays(181))));
      assertThat(hits.subList(1_100, 1_200)).allSatisfy(hit -> assertThat(hit.date()).isBefore(NOW.minus(Duration.ofDays(399))));
    }
  }

  private SearchIndex indexed(int recent) {
    SearchIndex index = SearchIndex.open(dir);
    index.addAll(sink -> {
      for (int i = 0; i < OLD + recent; i++) {
        Instant date = i < OLD ? NOW.minus(Duration.ofDays(400 + i % 300))
            : NOW.minus(Duration.ofMinutes(10L * (i - OLD + 1))); // a week for 1,100
        sink.accept(new SearchDocument("article", i, i, Language.AZ, "", "", List.of(), "Şuşa " + i, "Şuşa mətn " + i,
            "/az/" + i, date));
      }
    });
    index.refresh();
    return index;
  }
}
