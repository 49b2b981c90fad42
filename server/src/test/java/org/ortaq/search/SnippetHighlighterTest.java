package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.text.Language;

/**
 * Snippets from positions mark exactly what Lucene's highlighter marks with offsets read from the
 * postings: the same texts indexed both ways and every word of them searched, with phrases (exact,
 * sloppy, across stop words); prefixes too, though Lucene highlights those by analysis either way.
 */
class SnippetHighlighterTest {
  private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
  private static final FieldType WITH_OFFSETS = offsetsType(true);
  private static final FieldType WITH_OFFSETS_NOT_STORED = offsetsType(false);
  private static final List<String> EDGES = List.of(
      "İstanbul'da, Bakı'ya və Şuşa'dan gələn nümayəndələr İSTANBUL'DA toplaşdı.",
      "və bu və o",
      "ı".repeat(300) + " Şuşa " + "ə".repeat(256) + " Əliyev",
      "2021-ci il 15 iyun: https://example.org/az/şuşa?x=1 — e-poçt info@example.org, #Şuşa 🇦🇿 Şuşa",
      "Shusha's declaration, the organizations' joint statement; \"Şuşa\" (Şuşa) [Susa]",
      "Шуша — культурная столица; ШУША и шуша, Шуше и Шушой.",
      "漢字 Şuşa かな Şuşa",
      "",
      // past the highlighter's 20,000 characters: a word the cut falls in, one ending at it, one after it
      "Şuşa " + "söz ".repeat(4_998) + "ab Şuşa",
      "Şuşa " + "söz ".repeat(4_997) + "abc Şuşa",
      "Şuşa " + "söz ".repeat(4_999) + "Şuşa Bakı");

  @TempDir Path dir;

  @Test
  void everyWordPhraseAndPrefixIsMarkedAsWithOffsetsInThePostings() throws IOException {
    List<SearchDocument> sources = sources();
    Analyzer analyzer = SearchFields.analyzer();
    try (var indexes = new Indexes(sources, false)) {
      int marked = 0;
      for (int doc = 0; doc < sources.size(); doc++) {
        SearchDocument source = sources.get(doc);
        for (String text : queries(source.body())) {
          Query query = bodyQuery(analyzer, source.language(), text);
          if (query == null) {
            continue;
          }
          String[] wanted = indexes.withOffsets(analyzer, source.language(), query, doc);
          String[] got = indexes.withPositions(analyzer, source.language(), query, doc);
          assertThat(got).as("%s in %s", text, source.title()).isEqualTo(wanted);
          if (got[0] != null && got[0].contains("<mark>")) {
            marked++;
          }
        }
      }
      // the comparison is worth something only if most queries marked something
      assertThat(marked).isGreaterThan(1_500);
    }
  }

  @Test
  void hitsInSeveralSegmentsHighlightedTogetherAreMarkedAsWithOffsets() throws IOException {
    List<SearchDocument> sources = sources();
    Analyzer analyzer = SearchFields.analyzer();
    // a segment per document, as a page's hits come from several segments in one call
    try (var indexes = new Indexes(sources, true)) {
      assertThat(indexes.positions.leaves()).hasSizeGreaterThan(1);
      for (Language language : Language.values()) {
        int[] docs = java.util.stream.IntStream.range(0, sources.size())
            .filter(doc -> sources.get(doc).language() == language).toArray();
        for (String text : List.of("Şuşa", "SUSA Bakı", "\"Şuşa Bəyannaməsi\"", "declaration", "Шуша", "söz")) {
          Query query = bodyQuery(analyzer, language, text);
          if (query != null) {
            assertThat(indexes.withPositions(analyzer, language, query, docs)).as("%s in %s", text, language)
                .isEqualTo(indexes.withOffsets(analyzer, language, query, docs));
          }
        }
      }
    }
  }

  /**
   * The same documents indexed with offsets in the bodies' postings, and as the search index does;
   * a document's id is its place in the list (one segment, or one per document, never merged).
   */
  private final class Indexes implements AutoCloseable {
    private final List<SearchDocument> sources;
    private final FSDirectory offsetsDirectory;
    private final FSDirectory positionsDirectory;
    private final DirectoryReader offsets;
    private final DirectoryReader positions;

    Indexes(List<SearchDocument> sources, boolean segmentPerDocument) throws IOException {
      this.sources = sources;
      offsetsDirectory = FSDirectory.open(Files.createTempDirectory(dir, "offsets"));
      positionsDirectory = FSDirectory.open(Files.createTempDirectory(dir, "positions"));
      Analyzer analyzer = SearchFields.analyzer();
      try (var documents = new LuceneDocuments();
          var offsetsWriter = new IndexWriter(offsetsDirectory,
              new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE));
          var positionsWriter = new IndexWriter(positionsDirectory,
              new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (SearchDocument source : sources) {
          offsetsWriter.addDocument(documentWithOffsets(source));
          positionsWriter.addDocument(documents.of(source));
          if (segmentPerDocument) {
            offsetsWriter.flush();
            positionsWriter.flush();
          }
        }
      }
      offsets = DirectoryReader.open(offsetsDirectory);
      positions = DirectoryReader.open(positionsDirectory);
    }

    String[] withOffsets(Analyzer analyzer, Language language, Query query, int... docs) throws IOException {
      return highlight(new IndexSearcher(offsets), analyzer, language, query, docs, field -> false);
    }

    String[] withPositions(Analyzer analyzer, Language language, Query query, int... docs) throws IOException {
      return highlight(new IndexSearcher(positions), analyzer, language, query, docs, SearchFields::isBody);
    }

    private String[] highlight(IndexSearcher searcher, Analyzer analyzer, Language language, Query query, int[] docs,
        Predicate<String> withoutOffsets) throws IOException {
      var bodies = new HashMap<Integer, String>();
      for (int doc : docs) {
        bodies.put(doc, sources.get(doc).body());
      }
      Set<String> foldedAlso = Set.of(SearchFields.body(Language.AZ), SearchFields.body(Language.TR));
      var highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
          .withMaxLength(20_000)
          .withMaskedFieldsFunc(field -> foldedAlso.contains(field) ? Set.of(SearchFields.BODY_FOLDED) : Set.of()),
          bodies, withoutOffsets);
      String field = SearchFields.body(language);
      int[] passages = new int[] {1};
      return highlighter.highlightFields(new String[] {field}, query, docs, passages).get(field);
    }

    @Override
    public void close() throws IOException {
      offsets.close();
      positions.close();
      offsetsDirectory.close();
      positionsDirectory.close();
    }
  }

  @Test
  void aPositionPastACutTextHasNoOffsetsInIt() {
    var offsets = new SnippetHighlighter.PositionOffsets().of("Bakı'da Şuşa");
    assertThat(offsets.start(0)).isZero();
    assertThat(offsets.end(0)).isEqualTo(7);
    assertThat(offsets.start(1)).isEqualTo(8);
    assertThat(offsets.end(1)).isEqualTo(12);
    assertThat(offsets.start(2)).isGreaterThan(12);
    assertThat(offsets.end(2)).isGreaterThan(offsets.start(2));
    // a new text replaces the last one, a longer one grows the table
    var longer = offsets.of("söz ".repeat(1_000));
    assertThat(longer.start(999)).isEqualTo(3_996);
    assertThat(longer.start(1_000)).isGreaterThan(4_000);
  }

  /** As the search page marks a body: its language's field, and the folded one for az and tr. */
  private static Query bodyQuery(Analyzer analyzer, Language language, String text) {
    String body = SearchFields.body(language);
    Map<String, Float> fields = language == Language.AZ || language == Language.TR
        ? Map.of(body, 1f, SearchFields.BODY_FOLDED, 0.5f) : Map.of(body, 1f);
    return new SimpleQueryParser(analyzer, fields).parse(text);
  }

  /** Every word of the text, each fifth pair of words as a phrase, and prefixes of some words. */
  private static Set<String> queries(String body) {
    var queries = new LinkedHashSet<String>();
    String[] words = body.split("[^\\p{L}\\p{N}']+");
    for (int i = 0; i < words.length; i++) {
      if (words[i].isEmpty()) {
        continue;
      }
      queries.add(words[i]);
      if (i % 5 == 0 && i + 1 < words.length) {
        queries.add("\"" + words[i] + " " + words[i + 1] + "\"");
      }
      if (i % 11 == 0 && i + 2 < words.length) {
        queries.add("\"" + String.join(" ", words[i], words[i + 1], words[i + 2]) + "\"");
        queries.add("\"" + words[i] + " " + words[i + 2] + "\"~2");
      }
      if (i % 7 == 0 && words[i].length() > 3) {
        queries.add(words[i].substring(0, 3) + "*");
      }
    }
    queries.add("Şuşa Bakı");
    queries.add("\"Bakı'ya və Şuşa'dan\"");
    queries.add("SUSA");
    return queries;
  }

  private static Document documentWithOffsets(SearchDocument source) {
    var document = new Document();
    Language language = source.language();
    document.add(new Field(SearchFields.body(language), source.body(), WITH_OFFSETS));
    if (language == Language.AZ || language == Language.TR) {
      document.add(new Field(SearchFields.BODY_FOLDED, source.body(), WITH_OFFSETS_NOT_STORED));
    }
    return document;
  }

  private static FieldType offsetsType(boolean stored) {
    var type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static List<SearchDocument> sources() {
    var sources = new ArrayList<SearchDocument>();
    Map<String, Language> files = new HashMap<>(Map.of("article.az.txt", Language.AZ, "article.tr.txt", Language.TR,
        "article.en.txt", Language.EN, "sentences.ru.txt", Language.RU));
    for (var file : files.entrySet()) {
      String text = resource("/demo/" + file.getKey());
      sources.add(document(sources.size(), file.getValue(), file.getKey(), text));
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          sources.add(document(sources.size(), file.getValue(), file.getKey(), line));
        }
      }
    }
    for (String edge : EDGES) {
      for (Language language : Language.values()) {
        sources.add(document(sources.size(), language, "edge", edge));
      }
    }
    return sources;
  }

  private static SearchDocument document(long id, Language language, String title, String body) {
    return new SearchDocument("article", id, id, language, "org", "Org", List.of(), title, body, "/" + id, NOW);
  }

  private static String resource(String name) {
    try (InputStream in = SnippetHighlighterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
