package org.ortaq.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two-field design of package-info, run on sentences of the seed article. */
class CrossLanguageSearchTest {
  private static final Map<String, String> SEED =
      Map.of(
          "az",
          "2021-ci il iyunun 15-də Şuşada imzalanan Bəyannamə iki qardaş ölkə arasında tarixi"
              + " münasibətlərin yeni mərhələsinin əsasını qoydu. Prezident İlham Əliyevin türk"
              + " dünyasının birliyinə verdiyi əhəmiyyət. Heydər Əliyev İli.",
          "tr",
          "15 Haziran 2021'de Şuşa'da imzalanan Beyanname, iki kardeş ülke arasındaki tarihi"
              + " ilişkilerde yeni bir dönemin temelini atmıştır. Cumhurbaşkanı İlham Aliyev'in"
              + " Türk dünyasının birliğine verdiği önem. Haydar Aliyev Yılı.");

  private static Directory directory;
  private static DirectoryReader reader;
  private static Analyzer indexAnalyzer;

  @BeforeAll
  static void indexSeedArticles() throws IOException {
    indexAnalyzer =
        new PerFieldAnalyzerWrapper(
            new StandardAnalyzer(),
            Map.of(
                "body_az", Analyzers.forLanguage("az"),
                "body_tr", Analyzers.forLanguage("tr"),
                "body_folded", Analyzers.folded()));
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
      for (var article : SEED.entrySet()) {
        Document document = new Document();
        document.add(new StringField("language", article.getKey(), Field.Store.YES));
        document.add(new TextField("body_" + article.getKey(), article.getValue(), Field.Store.NO));
        document.add(new TextField("body_folded", article.getValue(), Field.Store.NO));
        writer.addDocument(document);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    indexAnalyzer.close();
  }

  @ParameterizedTest(name = "{0} query \"{1}\" → {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # reader's language | query          | articles, best first
          az                  | Şuşada         | az tr
          az                  | Bəyannaməsinin | az tr
          az                  | Əliyev         | az tr
          tr                  | Şuşa'da        | tr az
          tr                  | Aliyev         | tr az
          tr                  | birliğine      | tr az
          """)
  void ranksTheReadersLanguageFirstAndFindsTheOtherThroughTheFoldedField(
      String language, String text, String expected) throws Exception {
    assertThat(search(language, text)).isEqualTo(Tokens.split(expected));
  }

  @ParameterizedTest(name = "{0} query \"{1}\" → {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # reader's language | query   | articles, in any order
          az                  | susa    | az tr
          tr                  | SUSADA  | az tr
          tr                  | Aliyevin | az tr
          # ə reads as e or a, but a written e stays e: Eliyev is not Aliyev, Heydər not Haydar
          az                  | Eliyev  | az
          tr                  | Haydar  | tr
          # cognates spelt with other letters meet in neither field
          az                  | qardaş  | az
          tr                  | kardeş  | tr
          """)
  void findsTheArticlesWhoseFoldedWordsAgree(String language, String text, String expected)
      throws Exception {
    assertThat(search(language, text)).containsExactlyInAnyOrderElementsOf(Tokens.split(expected));
  }

  private static List<String> search(String language, String text)
      throws IOException, ParseException {
    try (Analyzer languageAnalyzer = Analyzers.forLanguage(language);
        Analyzer folded = Analyzers.folded()) {
      Query exact = new QueryParser("body_" + language, languageAnalyzer).parse(text);
      Query loose = new QueryParser("body_folded", folded).parse(text);
      Query query =
          new BooleanQuery.Builder()
              .add(new BoostQuery(exact, 2), Occur.SHOULD)
              .add(loose, Occur.SHOULD)
              .build();
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> languages = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
        languages.add(searcher.storedFields().document(hit.doc).get("language"));
      }
      return languages;
    }
  }
}
