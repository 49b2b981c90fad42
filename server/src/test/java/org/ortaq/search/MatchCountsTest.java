package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.text.Language;

class MatchCountsTest {
  private static final List<String> FACETS = List.of(SearchFields.LANGUAGE);

  @Test
  void countsEveryMatchExactlyUpToTheBudget(@TempDir Path dir) throws Exception {
    try (SearchIndex index = index(dir, 3_000, number -> true)) {
      MatchCounts counts = counts(index, 10_000);
      assertThat(counts.exact()).isTrue();
      assertThat(counts.total()).isEqualTo(3_000);
      assertThat(counts.facets().get(SearchFields.LANGUAGE)).containsEntry("az", 1_500L).containsEntry("tr", 1_500L);
    }
  }

  @Test
  void estimatesPastTheBudgetAndSaysSo(@TempDir Path dir) throws Exception {
    try (SearchIndex index = index(dir, 3_000, number -> true)) {
      MatchCounts counts = counts(index, 640);
      assertThat(counts.exact()).isFalse();
      assertThat(counts.total()).isBetween(2_700L, 3_300L);
      assertThat(counts.facets().get(SearchFields.LANGUAGE).get("az")).isBetween(1_300L, 1_700L);
    }
  }

  @Test
  void countsEveryMatchWhenTheSampleSaysTheyAreUnderTheExactLimit(@TempDir Path dir) throws Exception {
    try (SearchIndex index = index(dir, 3_000, number -> true)) {
      var searcher = index.acquire();
      try {
        MatchCounts counts = MatchCounts.of(searcher, new TermQuery(new Term(SearchFields.TITLE_FOLDED, "susa")), FACETS,
            10_000, 320, false);
        assertThat(counts.exact()).isTrue();
        assertThat(counts.total()).isEqualTo(3_000);
      } finally {
        index.release(searcher);
      }
    }
  }

  @Test
  void countsMatchesBunchedAtTheEndExactlyWhenTheyAreFewerThanTheBudget(@TempDir Path dir) throws Exception {
    try (SearchIndex index = index(dir, 3_000, number -> number >= 2_700)) {
      MatchCounts counts = counts(index, 640);
      assertThat(counts.exact()).isTrue();
      assertThat(counts.total()).isEqualTo(300);
    }
  }

  @Test
  void countsTheTranslationsOfAnItemOnceWhenAsked(@TempDir Path dir) throws Exception {
    // numbers 2k and 2k + 1 are one item in az and tr
    try (SearchIndex index = index(dir, 3_000, number -> true)) {
      var searcher = index.acquire();
      try {
        var query = new TermQuery(new Term(SearchFields.TITLE_FOLDED, "susa"));
        MatchCounts all = MatchCounts.of(searcher, query, FACETS, 10_000, 10_000, true);
        assertThat(all.exact()).isTrue();
        assertThat(all.total()).isEqualTo(3_000);
        assertThat(all.items()).isEqualTo(1_500);
        MatchCounts counted = searcher.search(query, MatchCounts.counting(FACETS, true, searcher.getIndexReader()));
        assertThat(counted.items()).isEqualTo(1_500);
        // estimated from a sample, though the two versions of an item were indexed apart (on
        // different threads) and a sample seldom holds both
        MatchCounts sampled = MatchCounts.of(searcher, query, FACETS, 640, 640, true);
        assertThat(sampled.exact()).isFalse();
        assertThat(sampled.items()).isBetween(1_350L, 1_650L);
      } finally {
        index.release(searcher);
      }
    }
  }

  @Test
  void estimatesItemsPerFacetValueFromASample(@TempDir Path dir) throws Exception {
    // 1,000 events in az and tr (2,000 documents) and 3,000 articles in az alone
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.addAll(sink -> {
        for (int number = 0; number < 5_000; number++) {
          boolean event = number < 2_000;
          Language language = event ? Language.values()[number % 2] : Language.AZ;
          sink.accept(new SearchDocument(event ? "event" : "article", number, event ? number / 2 : number, language,
              "", "", List.of(), "Şuşa " + number, "", "/" + number, Instant.parse("2026-01-01T00:00:00Z")));
        }
      });
      index.refresh();
      var searcher = index.acquire();
      try {
        var query = new TermQuery(new Term(SearchFields.TITLE_FOLDED, "susa"));
        List<String> dimensions = List.of(SearchFields.KIND, SearchFields.LANGUAGE);
        MatchCounts exact = MatchCounts.of(searcher, query, dimensions, 10_000, 10_000, true);
        assertThat(exact.items()).isEqualTo(4_000);
        assertThat(exact.facets().get(SearchFields.KIND)).containsEntry("event", 1_000L).containsEntry("article", 3_000L);

        // a sample of 3,000, of which about 500 are looked at for items (FacetTally.ESTIMATED_FROM)
        MatchCounts sampled = MatchCounts.of(searcher, query, dimensions, 1_000, 3_000, true);
        assertThat(sampled.exact()).isFalse();
        assertThat(sampled.items()).isBetween(3_600L, 4_400L);
        // ~100 of the ~500 matches looked at are events in az: ±10 % is one standard deviation
        assertThat(sampled.facets().get(SearchFields.KIND).get("event")).isBetween(700L, 1_300L);
        assertThat(sampled.facets().get(SearchFields.KIND).get("article")).isBetween(2_700L, 3_300L);
        // the language facet counts versions
        assertThat(sampled.facets().get(SearchFields.LANGUAGE).get("tr")).isBetween(800L, 1_200L);
      } finally {
        index.release(searcher);
      }
    }
  }

  private static MatchCounts counts(SearchIndex index, int budget) throws Exception {
    var searcher = index.acquire();
    try {
      return MatchCounts.of(searcher, new TermQuery(new Term(SearchFields.TITLE_FOLDED, "susa")), FACETS, budget, budget, false);
    } finally {
      index.release(searcher);
    }
  }

  private static SearchIndex index(Path dir, int size, java.util.function.IntPredicate matching) {
    SearchIndex index = SearchIndex.open(dir);
    index.addAll(sink -> {
      for (int number = 0; number < size; number++) {
        Language language = number % 2 == 0 ? Language.AZ : Language.TR;
        String title = matching.test(number) ? "Şuşa " + number : "Bakı " + number;
        sink.accept(new SearchDocument("article", number, number / 2, language, "", "", List.of(), title, "", "/" + number,
            Instant.parse("2026-01-01T00:00:00Z")));
      }
    });
    index.refresh();
    return index;
  }
}
