package org.ortaq.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TurkicAnalyzerTest {
  private static final Analyzer AZERBAIJANI = TurkicAnalyzer.azerbaijani();
  private static final Analyzer TURKISH = TurkicAnalyzer.turkish();

  @AfterAll
  static void close() {
    AZERBAIJANI.close();
    TURKISH.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # input                                  | Azerbaijani tokens
          İSTANBUL                                   | istanbul
          ŞUŞA                                       | şuşa
          IĞDIR                                      | ığdır
          ISPARTA İZMİR                              | ısparta izmir
          # decomposed: I + U+0307 COMBINING DOT ABOVE is İ
          \u0049\u0307STANBUL                        | istanbul
          \u0049\u0307ZM\u0049\u0307R                | izmir
          \u0049\u0307                               | i
          İstanbul'da                                | istanbul
          İstanbul\u2019da                           | istanbul
          ABŞ-da                                     | abş
          2007-ci il martın 9-da Bakıda              | 2007 il mart 9 bakı
          Şuşada imzalanan Bəyannamə                 | şuşa imzalanan bəyannamə
          Azərbaycan və Türk diaspor təşkilatlarının | azərbaycan türk diaspor təşkilat
          əməkdaşlığının daha da gücləndirilməsi     | əməkdaşlıq daha gücləndirilmə
          Şuşa Bəyannaməsi bölgədə                   | şuşa bəyannamə bölgə
          Türk və Azərbaycan diasporları             | türk azərbaycan diaspor
          beynəlxalq konfranslar                     | beynəlxalq konfrans
          Prezident İlham Əliyevin                   | prezident ilham əliyev
          Bir millət, iki dövlət                     | bir millət iki dövlət
          """)
  void analyzesAzerbaijani(String input, String tokens) {
    assertThat(Tokens.of(AZERBAIJANI, input)).isEqualTo(Tokens.split(tokens));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # input                                  | Turkish tokens: Snowball's stems, terse as they are
          İSTANBUL                                   | istanbul
          ŞUŞA                                       | şuş
          IĞDIR                                      | ık
          \u0049\u0307STANBUL                        | istanbul
          İstanbul'da                                | istanbul
          İstanbul\u2019da                           | istanbul
          Şuşa'da imzalanan Beyanname                | şuş imzalana beyanna
          Aliyev'in                                  | aliyev
          ve diaspora kuruluşlarının                 | diaspor kuruluş
          Bir millet, iki devlet                     | bir millet ik devlet
          """)
  void analyzesTurkish(String input, String tokens) {
    assertThat(Tokens.of(TURKISH, input)).isEqualTo(Tokens.split(tokens));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\n\t", "'", "\u2019", "---", "!?", "\u0307"})
  void producesNoTokensFromEmptyOrPunctuationOnlyInput(String input) {
    assertThat(Tokens.of(AZERBAIJANI, input)).isEmpty();
    assertThat(Tokens.of(TURKISH, input)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"və", "ilə", "üçün", "VƏ", "da", "ci", "dəki"})
  void dropsAzerbaijaniStopWords(String word) {
    assertThat(Tokens.of(AZERBAIJANI, word)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ve", "ile", "için", "VE", "de", "mı"})
  void dropsTurkishStopWords(String word) {
    assertThat(Tokens.of(TURKISH, word)).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"İSTANBUL, istanbul", "IĞDIR, ığdır", "Şuşa*, şuşa*"})
  void normalizesQueryTermsWithTurkicCase(String term, String normalized) {
    assertThat(AZERBAIJANI.normalize("text", term).utf8ToString()).isEqualTo(normalized);
    assertThat(TURKISH.normalize("text", term).utf8ToString()).isEqualTo(normalized);
  }
}
