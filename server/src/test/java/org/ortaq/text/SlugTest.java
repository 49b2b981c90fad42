package org.ortaq.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bakı şəhəri | baki-seheri",
        "IĞDIR | igdir",
        "Çağdaş Üslub | cagdas-uslub",
        "İstanbul'da Şuşa | istanbulda-susa",
        "Şuşa Bəyannaməsi | susa-beyannamesi",
        "  --Hello,   World!-- | hello-world",
        "Ölkələrimiz | olkelerimiz",
        "Café Résumé | cafe-resume",
        "2021-ci il | 2021-ci-il",
        "“Bir millət, iki dövlət” | bir-millet-iki-dovlet",
      })
  void transliteratesAzerbaijaniAndTurkishLetters(String title, String slug) {
    assertThat(Slug.from(title)).isEqualTo(slug);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"I\u0307stanbul | istanbul", "s\u0327u\u0308 | su"})
  void foldsDecomposedLetters(String title, String slug) {
    assertThat(Slug.from(title)).isEqualTo(slug);
  }

  @org.junit.jupiter.api.Test
  void cutsLongTitlesAtAWordBoundary() {
    String slug = Slug.from("söz ".repeat(40));
    assertThat(slug.length()).isLessThanOrEqualTo(80);
    assertThat(slug).doesNotEndWith("-").startsWith("soz-soz");
  }

  @org.junit.jupiter.api.Test
  void givesAnEmptySlugForAnEmptyTitle() {
    assertThat(Slug.from("")).isEmpty();
    assertThat(Slug.from("!!!")).isEmpty();
  }
}
