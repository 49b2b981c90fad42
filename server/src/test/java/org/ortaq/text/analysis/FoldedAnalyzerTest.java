package org.ortaq.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FoldedAnalyzerTest {
  private static final Analyzer FOLDED = TurkicAnalyzer.folded();

  @AfterAll
  static void close() {
    FOLDED.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # input                            | folded tokens (ə-as-a variants follow at the same position)
          Şuşa                                 | susa
          S\u0327us\u0327a                     | susa
          IĞDIR                                | igdir
          İSTANBUL                             | istanbul
          \u0049\u0307STANBUL                  | istanbul
          Əliyev                               | eliyev aliyev
          Bəyannaməsi                          | beyanname bayannama
          Beyannamesi'nin                      | beyanname
          kâğıt                                | kagit
          əməkdaşlıq əməkdaşlığının            | emekdaslik amakdaslik emekdaslik amakdaslik
          işbirliği birliyinə                  | isbirlik birlik
          və ve ucun üçün için                 |
          """)
  void foldsTurkicLetters(String input, String tokens) {
    assertThat(Tokens.of(FOLDED, input)).isEqualTo(Tokens.split(tokens));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"susa", "ŞUŞA", "Şuşa", "Şuşada", "Şuşa'da", "Şuşa\u2019da", "SUSADA"})
  void letsEveryWritingOfShushaMeetOnOneToken(String writing) {
    assertThat(Tokens.of(FOLDED, writing)).contains("susa");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Əliyev", "Aliyev", "Eliyev", "ƏLİYEV", "Əliyevin", "Aliyev'in"})
  void letsEveryWritingOfAliyevShareAToken(String writing) {
    assertThat(Tokens.of(FOLDED, writing)).containsAnyOf("aliyev", "eliyev");
    assertThat(Tokens.of(FOLDED, writing)).containsAnyElementsOf(Tokens.of(FOLDED, "Əliyev"));
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # Azerbaijani                    | Turkish
          Şuşada                               | Şuşa'da
          İstanbulda                           | İstanbul'da
          Bəyannaməsinin                       | Beyannamesi'nin
          Əliyevin                             | Aliyev'in
          təşkilatlarının                      | teşkilatlarının
          Türkiyədə                            | Türkiye'de
          Heydər Əliyev                        | Haydar Aliyev
          millətin                             | milletin
          """)
  void matchesTheSameWordAcrossAzerbaijaniAndTurkish(String azerbaijani, String turkish) {
    List<String> fromAzerbaijani = Tokens.of(FOLDED, azerbaijani);
    assertThat(fromAzerbaijani).containsAnyElementsOf(Tokens.of(FOLDED, turkish));
  }

  @ParameterizedTest(name = "{0} ≁ {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # cognates spelt with other letters, not just other marks: left to the language field
          diasporları                          | diasporaları
          konfranslar                          | konferanslar
          Qarabağda                            | Karabağ'da
          dövlət                               | devlet
          """)
  void leavesCognatesSpeltWithOtherLettersApart(String azerbaijani, String turkish) {
    assertThat(Tokens.of(FOLDED, azerbaijani))
        .doesNotContainAnyElementsOf(Tokens.of(FOLDED, turkish));
  }

  @Test
  void putsTheSchwaVariantAtTheSamePosition() throws Exception {
    try (var stream = FOLDED.tokenStream("text", "Əliyev Şuşa")) {
      var position = stream.addAttribute(PositionIncrementAttribute.class);
      var offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      List<String> seen = new ArrayList<>();
      while (stream.incrementToken()) {
        seen.add(
            position.getPositionIncrement()
                + ":"
                + offset.startOffset()
                + "-"
                + offset.endOffset());
      }
      stream.end();
      assertThat(seen).containsExactly("1:0-6", "0:0-6", "1:7-11");
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"ŞUŞA, susa", "Əliyev*, eliyev*", "IĞDIR, igdir"})
  void normalizesQueryTermsByFoldingWithoutVariants(String term, String normalized) {
    assertThat(FOLDED.normalize("text", term).utf8ToString()).isEqualTo(normalized);
  }
}
