package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ortaq.text.Language;

/** The records refuse what no feed format could carry. */
class FeedRecordsTest {
  private static FeedEntry entryWithUrl(String url) {
    return new FeedEntry(
        "urn:ortaq:article:1",
        "Başlıq",
        url,
        "",
        "",
        FeedSamples.PUBLISHED,
        FeedSamples.PUBLISHED,
        "",
        List.of(),
        "");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/az/news/2025/06/x",
        "ortaq.example/az/",
        "ftp://ortaq.example/x",
        "https://",
        "https://ortaq.example/a b",
        ""
      })
  void rejectsEntryUrlsThatAreNotAbsoluteHttp(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> entryWithUrl(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "article-42", " "})
  void rejectsIdsThatAreNotAbsoluteUris(String id) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new FeedEntry(
                    id,
                    "Başlıq",
                    "https://ortaq.example/az/x",
                    "",
                    "",
                    FeedSamples.PUBLISHED,
                    FeedSamples.PUBLISHED,
                    "",
                    List.of(),
                    ""));
  }

  @Test
  void rejectsABlankTitleAndNullHtml() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new FeedEntry(
                    "urn:ortaq:article:1",
                    " ",
                    "https://ortaq.example/az/x",
                    "",
                    "",
                    FeedSamples.PUBLISHED,
                    FeedSamples.PUBLISHED,
                    "",
                    List.of(),
                    ""));
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new FeedEntry(
                    "urn:ortaq:article:1",
                    "Başlıq",
                    "https://ortaq.example/az/x",
                    null,
                    "",
                    FeedSamples.PUBLISHED,
                    FeedSamples.PUBLISHED,
                    "",
                    List.of(),
                    ""));
  }

  @Test
  void copiesCategoriesSoLaterChangesDoNotLeakIn() {
    var categories = new ArrayList<>(List.of("Şuşa"));
    var entry =
        new FeedEntry(
            "urn:ortaq:article:1",
            "Başlıq",
            "https://ortaq.example/az/x",
            "",
            "",
            FeedSamples.PUBLISHED,
            FeedSamples.PUBLISHED,
            "",
            categories,
            "");
    categories.add("Bakı");

    assertThat(entry.categories()).containsExactly("Şuşa");
  }

  @Test
  void rejectsAChannelWithoutDescriptionBecauseRssRequiresOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new FeedChannel(
                    "Ortaq",
                    "",
                    "https://ortaq.example/az/",
                    "https://ortaq.example/az/feed.rss",
                    Language.AZ,
                    FeedSamples.UPDATED));
  }

  @Test
  void rejectsAnImageUrlThatIsRelative() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new FeedEntry(
                    "urn:ortaq:article:1",
                    "Başlıq",
                    "https://ortaq.example/az/x",
                    "",
                    "",
                    FeedSamples.PUBLISHED,
                    FeedSamples.PUBLISHED,
                    "",
                    List.of(),
                    "/uploads/a.jpg"));
  }
}
