package org.ortaq.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzersTest {
  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # language tag | text                          | tokens
          az             | Şuşada imzalanan Bəyannamə     | şuşa imzalanan bəyannamə
          az-Latn-AZ     | Bakıda                         | bakı
          tr             | İstanbul'da                    | istanbul
          en             | The Shusha Declarations        | shusha declar
          ru             | Шушинской декларации           | шушинск декларац
          AZ             | İSTANBUL                       | istanbul
          """)
  void picksTheAnalyzerForTheLanguage(String code, String text, String tokens) {
    try (Analyzer analyzer = Analyzers.forLanguage(code)) {
      assertThat(Tokens.of(analyzer, text)).isEqualTo(Tokens.split(tokens));
    }
  }

  @Test
  void usesLuceneAnalyzersForEnglishAndRussian() {
    try (Analyzer english = Analyzers.forLanguage("en");
        Analyzer russian = Analyzers.forLanguage("ru")) {
      assertThat(english).isInstanceOf(EnglishAnalyzer.class);
      assertThat(russian).isInstanceOf(RussianAnalyzer.class);
    }
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "de", "kk", "tur", "x"})
  void rejectsLanguagesItHasNoAnalyzerFor(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Analyzers.forLanguage(code))
        .withMessageContaining("no analyzer for language");
  }

  @Test
  void foldsInTheSharedAnalyzer() {
    try (Analyzer folded = Analyzers.folded()) {
      assertThat(Tokens.of(folded, "ŞUŞA Əliyev")).containsExactly("susa", "eliyev", "aliyev");
    }
  }
}
