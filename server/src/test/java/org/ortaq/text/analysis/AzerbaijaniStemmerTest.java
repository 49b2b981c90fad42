package org.ortaq.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AzerbaijaniStemmerTest {
  private static final AzerbaijaniStemmer STEMMER = new AzerbaijaniStemmer();

  /** The stem, then the n-final reading's stem where it differs, as the filter indexes them. */
  private static List<String> stems(String lowerCase) {
    char[] term = lowerCase.toCharArray();
    char[] nFinal = lowerCase.toCharArray();
    String stem = new String(term, 0, STEMMER.stem(term, term.length));
    String other = new String(nFinal, 0, STEMMER.stemAsNFinal(nFinal, nFinal.length));
    return stem.equals(other) ? List.of(stem) : List.of(stem, other);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # seed word   | stem, then the n-final reading's where it differs, then the n-final reading where it differs
          bakıda                    | bakı
          bakı                      | bakı
          təşkilatlarının           | təşkilat
          təşkilatları              | təşkilat
          şuşada                    | şuşa
          şuşa                      | şuşa
          diasporları               | diaspor
          diasporunun               | diaspor
          diasporumuz               | diaspor
          əməkdaşlığının            | əməkdaşlıq
          əməkdaşlığın              | əməkdaşlıq
          əməkdaşlıq                | əməkdaşlıq
          bəyannaməsi               | bəyannamə
          bəyannaməsinin            | bəyannamə bəyannaməs
          bəyannamədə               | bəyannamə
          bəyannamənin              | bəyannamə bəyannamən
          konfranslar               | konfrans
          konfransda                | konfrans
          istanbulda                | istanbul
          azərbaycanda              | azərbaycan
          azərbaycanın              | azərbayca azərbaycan
          türkiyə                   | türkiyə
          türkiyədə                 | türkiyə
          türkiyəyə                 | türkiyə
          ölkələrimiz               | ölkə
          ölkələrin                 | ölkə
          ölkənin                   | ölkə ölkən
          əliyevin                  | əliyev
          prezidenti                | prezident
          əsasıdır                  | əsa
          həyatında                 | həyat
          dünyasının                | dünya dünyas
          birliyinə                 | birlik
          təhlükəsizliyi            | təhlükəsizlik
          quruculuğu                | quruculuq
          mövzusunda                | mövzu mövzus
          istiqamətində             | istiqamət
          imzalanmasından           | imzalanma imzalanmas
          partiyasının              | partiya partiyas
          hədəflərə                 | hədəf
          inteqrasiyaya             | inteqrasiya
          proseslərini              | proses
          müstəvidə                 | müstəv
          mövqedən                  | mövqe
          düşmüşdür                 | düşmüş
          ildə                      | il
          # kept whole: short roots, a lone dative, no vowel; təşkilatçı loses its lone ı, keeps -çı
          ordu                      | ordu
          müdir                     | müdir
          ada                       | ada
          qara                      | qara
          tarixə                    | tarixə
          təşkilatçı                | təşkilatç
          abş                       | abş
          """)
  void stripsNounEndingsFromSeedWords(String word, String expected) {
    assertThat(stems(word)).isEqualTo(Tokens.split(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # base form | inflected forms that must share its stem
          bakı        | bakıda bakıdan bakının bakıya
          şuşa        | şuşada şuşadan şuşanın şuşaya şuşası
          istanbul    | istanbulda istanbuldan istanbulun
          əməkdaşlıq  | əməkdaşlığı əməkdaşlığın əməkdaşlığının əməkdaşlıqda
          birlik      | birliyi birliyinə birlikdə birliyin
          bəyannamə   | bəyannaməsi bəyannaməsinin bəyannamədə bəyannamənin
          diaspor     | diasporlar diasporları diasporların diasporda diasporumuz
          konfrans    | konfranslar konfransda konfransın konfranslarda
          təşkilat    | təşkilatlar təşkilatları təşkilatlarının təşkilatın
          ölkə        | ölkələr ölkələrimiz ölkənin ölkədə ölkəyə ölkəsi
          prezident   | prezidenti prezidentin prezidentdir
          """)
  void givesInflectedAndBaseFormsAStemInCommon(String base, String inflected) {
    assertThat(Tokens.split(inflected))
        .allSatisfy(word -> assertThat(stems(word)).containsAnyElementsOf(stems(base)));
  }
}
