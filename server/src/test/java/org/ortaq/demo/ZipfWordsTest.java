package org.ortaq.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ortaq.text.Language;

class ZipfWordsTest {
  private static final List<String> SEED = List.of(
      "Şuşa və Bakı və Gəncə.", "Şuşa və Bakı.", "Şuşa və jeopolitik kataklizmlər.");

  @Test
  void sameRandomSeedGivesTheSameSentences() {
    var words = new ZipfWords(Language.AZ, SEED);
    assertThat(sentences(words, 42)).isEqualTo(sentences(new ZipfWords(Language.AZ, SEED), 42));
    assertThat(sentences(words, 42)).isNotEqualTo(sentences(words, 43));
  }

  @Test
  void seedWordsKeepTheirOrderOfFrequencySpreadOverTheRanks() {
    var words = new ZipfWords(Language.AZ, SEED);
    assertThat(words.rank("və")).isZero();
    assertThat(words.rank("Şuşa")).isEqualTo(1);
    assertThat(words.rank("Bakı")).isEqualTo(2);
    assertThat(words.rank("kataklizmlər")).isEqualTo(5 + 25 / 10);
    assertThat(words.rank("nowhere")).isEqualTo(-1);
  }

  @Test
  void commonWordsComeUpFarMoreOftenThanRareOnes() {
    var words = new ZipfWords(Language.AZ, SEED);
    var random = new Random(7);
    int common = 0;
    int rare = 0;
    for (int i = 0; i < 200_000; i++) {
      String word = words.word(random);
      common += word.equals("və") ? 1 : 0;
      rare += word.equals("kataklizmlər") ? 1 : 0;
    }
    // 1 / rank over 50,000 ranks: rank 1 about 9 % of words, rank 8 about 1.1 %
    assertThat(common).isBetween(16_000, 19_500);
    assertThat(rare).isBetween(1_700, 2_700);
  }

  @Test
  void sentencesStartWithACapitalInTheLanguagesCaseRules() {
    var words = new ZipfWords(Language.TR, List.of("ilk ilk ilk ilk söz."));
    for (String sentence : sentences(words, 1)) {
      assertThat(sentence).endsWith(".");
      assertThat(sentence.split(" ")).hasSizeBetween(6, 17);
      if (sentence.startsWith("İ") || sentence.startsWith("I")) {
        assertThat(sentence).doesNotStartWith("Ilk");
      }
    }
  }

  private static List<String> sentences(ZipfWords words, long seed) {
    var random = new Random(seed);
    var out = new ArrayList<String>();
    for (int i = 0; i < 50; i++) {
      out.add(words.sentence(random));
    }
    return out;
  }
}
