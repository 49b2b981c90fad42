package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
 * postings: the same texts indexed both ways, every word of them searched, and phrases and prefixes.
 */
class SnippetHighlighterTest {
  private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
  private static final FieldType WITH_OFFSETS = withOffsets(true);
  private static final FieldType WITH_OFFSETS_NOT_STORED = withOffsets(false);
  private static final List<String> EDGES = List.of(
      "İstanbul'da, Bakı'ya və Şuşa'dan gələn nümayəndələr İSTANBUL'DA toplaşdı.",
      "və bu və o",
      "ı".repeat(300) + " Şuşa " + "ə".repeat(256) + " Əliyev",
      "2021-ci il 15 iyun: https://example.org/az/şuşa?x=1 — e-poçt info@example.org, #Şuşa 🇦🇿 Şuşa",
      "Shusha's declaration, the organizations' joint statement; \"Şuşa\" (Şuşa) [Susa]",
      "Шуша — культурная столица; ШУША и шуша, Шуше и Шушой.",
      "漢字 Şuşa かな Şuşa",
      "");

  @TempDir Path dir;

  @Test
  void everyWordPhraseAndPrefixIsMarkedAsWithOffsetsInThePostings() throws IOException {
    List<SearchDocument> sources = sources();
    Analyzer analyzer = SearchFields.analyzer();
    try (var withOffsets = FSDirectory.open(dir.resolve("offsets"));
        var withPositions = FSDirectory.open(dir.resolve("positions"));
        var documents = new LuceneDocuments()) {
      try (var offsetsWriter = new IndexWriter(withOffsets, new IndexWriterConfig(analyzer));
          var positionsWriter = new IndexWriter(withPositions, new IndexWriterConfig(analyzer))) {
        for (SearchDocument source : sources) {
          offsetsWriter.addDocument(withOffsets(source));
          positionsWriter.addDocument(documents.of(source));
        }
      }
      try (var offsetsReader = DirectoryReader.open(withOffsets);
          var positionsReader = DirectoryReader.open(withPositions)) {
        var expected = new IndexSearcher(offsetsReader);
        var actual = new IndexSearcher(positionsReader);
        int marked = 0;
        for (int doc = 0; doc < sources.size(); doc++) {
          SearchDocument source = sources.get(doc);
          Map<Integer, String> bodies = Map.of(doc, source.body());
          for (String text : queries(source.body())) {
            Query query = bodyQuery(analyzer, source.language(), text);
            if (query == null) {
              continue;
            }
            String field = SearchFields.body(source.language());
            String wanted = highlight(highlighter(expected, analyzer, bodies, name -> false), field, query, doc);
            String got = highlight(highlighter(actual, analyzer, bodies, SearchFields::isBody), field, query, doc);
            assertThat(got).as("%s in %s", text, source.title()).isEqualTo(wanted);
            if (got != null && got.contains("<mark>")) {
              marked++;
            }
          }
        }
        // the comparison is worth something only if most queries marked something
        assertThat(marked).isGreaterThan(1_500);
      }
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

  private static String highlight(UnifiedHighlighter highlighter, String field, Query query, int doc)
      throws IOException {
    return highlighter.highlightFields(new String[] {field}, query, new int[] {doc}, new int[] {1}).get(field)[0];
  }

  private static UnifiedHighlighter highlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> bodies,
      java.util.function.Predicate<String> withoutOffsets) {
    Set<String> foldedAlso = Set.of(SearchFields.body(Language.AZ), SearchFields.body(Language.TR));
    return new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(20_000)
        .withMaskedFieldsFunc(field -> foldedAlso.contains(field) ? Set.of(SearchFields.BODY_FOLDED) : Set.of()),
        bodies, withoutOffsets);
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
      if (i % 7 == 0 && words[i].length() > 3) {
        queries.add(words[i].substring(0, 3) + "*");
      }
    }
    queries.add("Şuşa Bakı");
    queries.add("SUSA");
    return queries;
  }

  private static Document withOffsets(SearchDocument source) {
    var document = new Document();
    Language language = source.language();
    document.add(new Field(SearchFields.body(language), source.body(), WITH_OFFSETS));
    if (language == Language.AZ || language == Language.TR) {
      document.add(new Field(SearchFields.BODY_FOLDED, source.body(), WITH_OFFSETS_NOT_STORED));
    }
    return document;
  }

  private static FieldType withOffsets(boolean stored) {
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
    return new SearchDocument("article", id, language, "org", "Org", List.of(), title, body, "/" + id, NOW);
  }

  private static String resource(String name) {
    try (InputStream in = SnippetHighlighterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
