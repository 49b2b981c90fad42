package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cutting a NewsArticle headline to Google's 110 characters. */
class HeadlineTest {
  private static final Locale AZERBAIJANI = Locale.forLanguageTag("az");

  private static String cut(String title) {
    return NewsArticleJsonLd.headline(title, AZERBAIJANI);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Şuşa Bəyannaməsi | Şuşa Bəyannaməsi",
        "'' | ''",
        "'  İstanbul''da  ' | İstanbul'da",
      })
  void shortTitlesStayAsTheyAre(String title, String headline) {
    assertThat(cut(title)).isEqualTo(headline);
  }

  @ParameterizedTest
  @CsvSource({"110, false", "111, true", "400, true"})
  void onlyTitlesLongerThan110CharactersAreCut(int length, boolean cut) {
    var title = "ə".repeat(length);

    var headline = cut(title);

    assertThat(headline.codePointCount(0, headline.length())).isLessThanOrEqualTo(110);
    assertThat(headline.endsWith("…")).isEqualTo(cut);
  }

  @ParameterizedTest
  @CsvSource({"Bakı", "İstanbul'da", "Bəyannaməsi"})
  void cutsAfterTheLastWholeWord(String word) {
    var headline = cut((word + " ").repeat(40));

    assertThat(headline).endsWith(" " + word + "…");
    assertThat((word + " ").repeat(40))
        .startsWith(headline.substring(0, headline.length() - 1) + " ");
  }

  @Test
  void dropsAWordThatWouldCrossTheLimit() {
    // Six phrases of 17 characters reach 102; "Şuşa " fits, "Bəyannaməsi" would end at 118.
    assertThat(cut("Şuşa Bəyannaməsi ".repeat(10))).endsWith("Bəyannaməsi Şuşa…").hasSize(107);
  }

  @ParameterizedTest
  @CsvSource({"\uD83C\uDDE6\uD83C\uDDFF", "I\u0307", "e\u0301"})
  void neverSplitsASurrogatePairOrACombiningSequence(String cluster) {
    var headline = cut(cluster.repeat(120));
    var body = headline.substring(0, headline.length() - 1);

    assertThat(body.length() % cluster.length()).isZero();
    assertThat(body).isEqualTo(cluster.repeat(body.length() / cluster.length()));
  }
}
