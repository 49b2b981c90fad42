package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Segments written through Ortaq's codec score exactly as with Lucene's own, sparse fields too. */
class OrtaqCodecTest {
  private static final String[] WORDS = {"şuşa", "bakı", "forum", "diaspora", "qərar", "bəyanat", "birlik", "ankara"};

  @Test
  void isFoundByNameAsLuceneReadsSegments() {
    assertThat(Codec.forName(OrtaqCodec.NAME)).isInstanceOf(OrtaqCodec.class);
  }

  @Test
  void flushedAndMergedSegmentsScoreLikeTheDefaultCodec(@TempDir Path ortaq, @TempDir Path lucene) throws IOException {
    write(ortaq, new OrtaqCodec());
    write(lucene, Codec.getDefault());
    try (var ortaqReader = DirectoryReader.open(FSDirectory.open(ortaq));
        var luceneReader = DirectoryReader.open(FSDirectory.open(lucene))) {
      assertThat(ortaqReader.leaves()).hasSize(1);
      assertThat(((SegmentReader) ortaqReader.leaves().get(0).reader()).getSegmentInfo().info.getCodec().getName())
          .isEqualTo(OrtaqCodec.NAME);
      for (String field : List.of("body_az", "body_en")) {
        assertThat(norms(ortaqReader.leaves().get(0).reader(), field))
            .isEqualTo(norms(luceneReader.leaves().get(0).reader(), field));
        for (String word : WORDS) {
          assertThat(impacts(ortaqReader.leaves().get(0).reader(), field, word))
              .isNotEmpty()
              .isEqualTo(impacts(luceneReader.leaves().get(0).reader(), field, word));
          var query = new TermQuery(new Term(field, word));
          assertThat(hits(new IndexSearcher(ortaqReader), query))
              .isNotEmpty()
              .isEqualTo(hits(new IndexSearcher(luceneReader), query));
        }
      }
    }
  }

  @Test
  void segmentsItWritesPassLucenesSlowIndexChecks(@TempDir Path ortaq) throws IOException {
    write(ortaq, new OrtaqCodec());
    try (var directory = FSDirectory.open(ortaq); var check = new CheckIndex(directory)) {
      check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS);
      assertThat(check.checkIndex().clean).isTrue();
    }
  }

  /**
   * The score bounds written with the postings (the part of a segment the codec's norms touch):
   * every level's competitive (frequency, norm) pairs for the word's first block.
   */
  private static List<String> impacts(LeafReader reader, String field, String word) throws IOException {
    var terms = reader.terms(field).iterator();
    assertThat(terms.seekExact(new org.apache.lucene.util.BytesRef(word))).isTrue();
    var impacts = terms.impacts(org.apache.lucene.index.PostingsEnum.FREQS);
    List<String> found = new ArrayList<>();
    for (int doc = impacts.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = impacts.nextDoc()) {
      impacts.advanceShallow(doc);
      var levels = impacts.getImpacts();
      for (int level = 0; level < levels.numLevels(); level++) {
        var pairs = levels.getImpacts(level);
        var text = new StringBuilder(doc + "@" + level + "<" + levels.getDocIdUpTo(level) + ":");
        for (int i = 0; i < pairs.size; i++) {
          text.append(' ').append(pairs.freqs[i]).append('/').append(pairs.norms[i]);
        }
        found.add(text.toString());
      }
    }
    return found;
  }

  /** 3,000 documents, a tenth with an Azerbaijani body (a sparse field), flushed often, then merged. */
  private static void write(Path path, Codec codec) throws IOException {
    var random = new Random(7);
    var config = new IndexWriterConfig(new StandardAnalyzer()).setCodec(codec).setMaxBufferedDocs(500);
    try (var directory = FSDirectory.open(path); var writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < 3_000; i++) {
        var text = new StringBuilder();
        for (int w = 0, length = 1 + random.nextInt(40); w < length; w++) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        var document = new Document();
        document.add(new TextField(i % 10 == 3 ? "body_az" : "body_en", text.toString(), Field.Store.NO));
        writer.addDocument(document);
      }
      writer.forceMerge(1);
    }
  }

  private static List<String> norms(LeafReader reader, String field) throws IOException {
    List<String> norms = new ArrayList<>();
    NumericDocValues values = reader.getNormValues(field);
    for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
      norms.add(doc + ":" + values.longValue());
    }
    return norms;
  }

  private static List<String> hits(IndexSearcher searcher, TermQuery query) throws IOException {
    List<String> hits = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 50).scoreDocs) {
      hits.add(hit.doc + ":" + hit.score);
    }
    return hits;
  }
}
