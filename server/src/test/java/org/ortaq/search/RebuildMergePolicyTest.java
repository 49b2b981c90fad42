package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rebuild's merge policy: a forced merge into n segments makes n parts of about equal size. */
class RebuildMergePolicyTest {
  @TempDir Path dir;

  @Test
  void forcedMergeIntoTwoSegmentsMakesTwoPartsOfAboutEqualSize() throws IOException {
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = writer(directory)) {
      int id = 0;
      // segments of 800, 400, 200, 200, 100, 100 documents: 1,800 in all
      for (int size : new int[] {100, 800, 200, 400, 100, 200}) {
        for (int i = 0; i < size; i++) {
          writer.addDocument(document(id++));
        }
        writer.flush();
      }
      assertThat(segmentSizes(writer)).hasSize(6);

      writer.forceMerge(2);

      assertThat(segmentSizes(writer)).containsExactlyInAnyOrder(900, 900);
    }
  }

  @Test
  void forcedMergeRewritesALoneSegmentOnlyToDropDeletedDocuments() throws IOException {
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = writer(directory)) {
      for (int id = 0; id < 10; id++) {
        writer.addDocument(document(id));
      }
      writer.flush();
      writer.forceMerge(2);
      assertThat(segmentSizes(writer)).containsExactly(10);

      writer.deleteDocuments(new Term("id", "3"));
      writer.forceMerge(2);

      assertThat(segmentSizes(writer)).containsExactly(9);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves().get(0).reader().hasDeletions()).isFalse();
      }
    }
  }

  private static IndexWriter writer(Directory directory) throws IOException {
    var scheduler = new ConcurrentMergeScheduler();
    scheduler.setMaxMergesAndThreads(7, 2);
    return new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
        .setMergePolicy(new RebuildMergePolicy()).setMergeScheduler(scheduler).setMaxBufferedDocs(100_000));
  }

  /** A document of about a kilobyte that does not compress: segment sizes follow document counts. */
  private static Document document(int id) {
    var document = new Document();
    document.add(new StringField("id", Integer.toString(id), Field.Store.YES));
    var random = new java.util.Random(id);
    var text = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    document.add(new StoredField("text", text.toString()));
    return document;
  }

  private static List<Integer> segmentSizes(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      var sizes = new ArrayList<Integer>();
      for (LeafReaderContext leaf : reader.leaves()) {
        sizes.add(leaf.reader().maxDoc());
      }
      return sizes;
    }
  }
}
