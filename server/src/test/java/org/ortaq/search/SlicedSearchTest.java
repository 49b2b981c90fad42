package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.text.Language;

/**
 * A search cut into slices, one per core (a large segment into parts), finds what a search in one
 * slice finds: the same hits in the same order with the same scores, totals and facet counts.
 */
class SlicedSearchTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  private static final String[] WORDS = {"Şuşa", "Bakı", "forum", "diaspora", "qərar", "bəyanat", "birlik",
      "Ankara", "İstanbul", "konfrans", "həmrəylik", "media"};

  @TempDir Path sliced;
  @TempDir Path whole;

  @Test
  void searchesInSlicesFindTheSameAsASearchInOne() {
    try (SearchIndex inSlices = filled(SearchIndex.open(sliced, 100));
        SearchIndex inOne = filled(SearchIndex.open(whole, Integer.MAX_VALUE))) {
      int count = Math.min(Runtime.getRuntime().availableProcessors(), 20);
      assertThat(slices(inSlices)).isEqualTo(count);
      assertThat(largestSlice(inSlices)).isLessThanOrEqualTo((2_000 + count - 1) / count);
      assertThat(slices(inOne)).isEqualTo(1);
      var clock = Clock.fixed(NOW, ZoneOffset.UTC);
      var slicedSearcher = new Searcher(inSlices, clock);
      var wholeSearcher = new Searcher(inOne, clock);
      for (SearchQuery query : List.of(SearchQuery.of("şuşa"), SearchQuery.of("forum diaspora"),
          SearchQuery.of("Bakı"), SearchQuery.of(""), SearchQuery.of("konf*"),
          new SearchQuery("media", Optional.of("org-2"), Optional.of("tr"), Optional.empty(), Optional.empty(),
              Optional.empty(), Optional.empty(), Optional.empty(), 2, 5),
          new SearchQuery("forum diaspora", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
              Optional.empty(), Optional.empty(), Optional.of(Language.TR), 1, 10),
          new SearchQuery("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
              Optional.empty(), Optional.empty(), Optional.of(Language.AZ), 3, 10))) {
        SearchResults expected = wholeSearcher.search(query);
        SearchResults actual = slicedSearcher.search(query);
        assertThat(actual.total()).as(query.text()).isEqualTo(expected.total()).isPositive();
        assertThat(actual.facets()).as(query.text()).isEqualTo(expected.facets());
        assertThat(actual.hits()).as(query.text()).isEqualTo(expected.hits());
      }
    }
  }

  @Test
  void smallIndexesAreSearchedInOneSlice() {
    try (SearchIndex index = filled(SearchIndex.open(sliced))) {
      assertThat(slices(index)).isEqualTo(1);
    }
  }

  /** 2,000 articles, added one by one (so both indexes have them in the same order), in one segment. */
  private static SearchIndex filled(SearchIndex index) {
    for (int id = 0; id < 2_000; id++) {
      String title = WORDS[id % WORDS.length] + " " + WORDS[(id * 7 + 3) % WORDS.length] + " " + id;
      String body = WORDS[(id * 5 + 1) % WORDS.length] + " və " + WORDS[(id * 3) % WORDS.length] + " "
          + WORDS[(id / 7) % WORDS.length] + " mətn " + id;
      // 500 items in four languages each, their versions 500 documents apart (in other slices)
      int item = id % 500;
      Language language = Language.values()[id / 500];
      index.put(new SearchDocument("article", id, item, language, "org-" + item % 3, "Təşkilat " + item % 3,
          List.of("cat-" + item % 4), title, body, "/" + id, NOW.minus(Duration.ofHours(7L * id))));
    }
    index.refresh();
    return index;
  }

  private static int largestSlice(SearchIndex index) {
    IndexSearcher searcher = index.acquire();
    try {
      return java.util.Arrays.stream(searcher.getSlices()).mapToInt(IndexSearcher.LeafSlice::getMaxDocs).max().orElse(0);
    } finally {
      index.release(searcher);
    }
  }

  private static int slices(SearchIndex index) {
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.getSlices().length;
    } finally {
      index.release(searcher);
    }
  }
}
