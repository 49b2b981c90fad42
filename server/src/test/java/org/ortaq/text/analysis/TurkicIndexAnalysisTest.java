package org.ortaq.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;

/**
 * One pass for both fields gives, term for term, what the language's analyzer and the folded
 * analyzer give each on its own: terms, position increments, offsets and the end's.
 */
class TurkicIndexAnalysisTest {
  private static final List<String> TEXTS = List.of(
      "",
      "və bu ki",
      "Bu İstanbul'da ve IĞDIR'da ılık bir gün; ŞUŞA, Şuşa və Əliyev — Aliyev, Eliyev.",
      "və Azərbaycanın diaspor təşkilatlarının əməkdaşlığı 2021-ci ildə imzalanmış Şuşa Bəyannaməsi ilə",
      "Türkiye'deki dernekler ve Azerbaycan diasporu toplantılarında ortak kararlar aldılar ve bu",
      "x".repeat(300) + " ölkəsi " + "ə".repeat(10) + " ve",
      "«Bir millət, iki dövlət» prinsipi 15.06.2021 tarixində https://example.org/az?q=şuşa ilə");

  @Test
  void theLanguageStreamIsTheAzerbaijaniAnalyzersAndTheFoldedStreamTheFoldedOnes() throws IOException {
    compare(TurkicIndexAnalysis.azerbaijani(), TurkicAnalyzer.azerbaijani(), texts());
  }

  @Test
  void theLanguageStreamIsTheTurkishAnalyzersAndTheFoldedStreamTheFoldedOnes() throws IOException {
    compare(TurkicIndexAnalysis.turkish(), TurkicAnalyzer.turkish(), texts());
  }

  @Test
  void aTextsStreamsCanBeReadAgainUntilTheNextText() throws IOException {
    var analysis = TurkicIndexAnalysis.azerbaijani();
    var text = analysis.newText();
    text.analyze("Şuşa Bəyannaməsi");
    assertThat(tokens(text.language())).isEqualTo(tokens(text.language())).contains("şuşa@1[0,4]");
    text.analyze("Əliyev");
    assertThat(tokens(text.folded())).containsExactly("eliyev@1[0,6]", "aliyev@0[0,6]", "end@0[6]");
  }

  private static List<String> texts() {
    var texts = new ArrayList<>(TEXTS);
    try (InputStream in = TurkicIndexAnalysisTest.class.getResourceAsStream("/demo/article.az.txt")) {
      String article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      texts.add(article);
      texts.addAll(List.of(article.split("\n")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  /** Every text through one analysis (its cache filling up as it goes) against the analyzers. */
  private static void compare(TurkicIndexAnalysis analysis, Analyzer language, List<String> texts) throws IOException {
    Analyzer folded = TurkicAnalyzer.folded();
    var text = analysis.newText();
    int terms = 0;
    for (int round = 0; round < 2; round++) {
      for (String value : texts) {
        text.analyze(value);
        List<String> expected = tokens(language.tokenStream("body", value));
        assertThat(tokens(text.language())).as(value).isEqualTo(expected);
        assertThat(tokens(text.folded())).as(value).isEqualTo(tokens(folded.tokenStream("body", value)));
        terms += expected.size();
      }
    }
    assertThat(terms).isGreaterThan(500);
  }

  /** Each token as term@increment[start,end], then the end's increment and offset. */
  private static List<String> tokens(TokenStream stream) throws IOException {
    var tokens = new ArrayList<String>();
    try (stream) {
      var term = stream.addAttribute(TermToBytesRefAttribute.class);
      var increment = stream.addAttribute(PositionIncrementAttribute.class);
      var offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.getBytesRef().utf8ToString() + "@" + increment.getPositionIncrement()
            + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
      }
      stream.end();
      tokens.add("end@" + increment.getPositionIncrement() + "[" + offset.endOffset() + "]");
    }
    return tokens;
  }
}
