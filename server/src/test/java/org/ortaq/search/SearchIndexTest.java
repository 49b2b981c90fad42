package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.text.Language;

/** The Lucene index on disk: segments after a rebuild, the schema it was written with. */
class SearchIndexTest {
  @TempDir Path dir;

  @Test
  void mergingSegmentsLeavesAtMostOneSegmentPerCoreWithEveryDocument() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (long id = 1; id <= 3; id++) {
        index.put(new SearchDocument("article", id, id, Language.AZ, "", "", List.of(), "Şuşa " + id, "mətn",
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

  @Test
  void anIndexWrittenWithAnotherSchemaCountsAsMissingAndTakesTheNewOneAfterClearing() throws Exception {
    // as Ortaq wrote it before schema 2: facet values with drill-down terms, no schema mark
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      var old = new Document();
      old.add(new StringField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, "language\u001faz", Field.Store.NO));
      writer.addDocument(old);
      writer.setLiveCommitData(Map.of(SearchIndex.OUTBOX_MARK, "5").entrySet());
      writer.commit();
    }
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertThat(index.outboxMark()).isEqualTo(-1);

      index.clear();
      index.put(new SearchDocument("article", 1, 1, Language.AZ, "org", "Org", List.of("news"), "Şuşa", "mətn",
          "/az/1", Instant.parse("2026-11-27T00:00:00Z")));
      index.refresh();
      index.commit(7);

      assertThat(index.outboxMark()).isEqualTo(7);
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void anIndexOfSchemaTwoWithOffsetsInItsBodiesIsRebuiltWithout() throws Exception {
    // as schema 2 wrote bodies: offsets in their postings, which Lucene will not mix with positions only
    var withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      var old = new Document();
      old.add(new Field(SearchFields.body(Language.AZ), "Şuşa", withOffsets));
      old.add(new Field(SearchFields.BODY_FOLDED, "susa", withOffsets));
      writer.addDocument(old);
      writer.setLiveCommitData(Map.of(SearchIndex.OUTBOX_MARK, "5", SearchIndex.SCHEMA_MARK, "2").entrySet());
      writer.commit();
    }
    Instant now = Instant.parse("2026-11-28T00:00:00Z");
    try (SearchIndex index = SearchIndex.open(dir)) {
      assertThat(index.outboxMark()).isEqualTo(-1);

      index.clear();
      index.put(new SearchDocument("article", 1, 1, Language.AZ, "org", "Org", List.of(), "Forum", "Şuşa Bəyannaməsi",
          "/az/1", now));
      index.refresh();
      index.commit(7);

      assertThat(index.outboxMark()).isEqualTo(7);
      var hits = new Searcher(index, Clock.fixed(now, ZoneOffset.UTC)).search(SearchQuery.of("susa")).hits();
      assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.snippet()).contains("<mark>Şuşa</mark>"));
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
