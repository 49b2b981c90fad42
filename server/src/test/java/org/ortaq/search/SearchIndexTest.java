package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.text.Language;

/** The Lucene index on disk: segments after a rebuild. */
class SearchIndexTest {
  @TempDir Path dir;

  @Test
  void mergingSegmentsLeavesAtMostOneSegmentPerCoreWithEveryDocument() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (long id = 1; id <= 3; id++) {
        index.put(new SearchDocument("article", id, Language.AZ, "", "", List.of(), "Şuşa " + id, "mətn",
            "/az/" + id, Instant.parse("2026-11-27T00:00:00Z")));
        index.refresh(); // each refresh flushes a segment of its own
      }
      assertThat(segments(index)).isEqualTo(3);

      index.mergeSegments();
      index.refresh();

      // one part per core: three segments on a machine of three cores or more stay as they are
      assertThat(segments(index)).isEqualTo(Math.min(3, Runtime.getRuntime().availableProcessors()));
      assertThat(index.size()).isEqualTo(3);
    }
  }

  private static int segments(SearchIndex index) {
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.getIndexReader().leaves().size();
    } finally {
      index.release(searcher);
    }
  }
}
