package org.ortaq.feed;

import java.time.Instant;
import java.util.List;
import org.ortaq.text.Language;

/** Sample channels and entries with Azerbaijani and Turkish text and awkward HTML. */
final class FeedSamples {
  static final Instant PUBLISHED = Instant.parse("2025-06-15T09:30:00Z");
  static final Instant UPDATED = Instant.parse("2025-06-16T12:00:05Z");

  static final String DECLARATION_CONTENT =
      "<p>Şuşa Bəyannaməsi &amp; birgə media: <b>Bakı</b> &lt;3</p>"
          + "<p>Kod: <code>a[b[0]]]]&gt;</code> ]]> & <![CDATA[ x ]]></p>"
          + "<pre>\n  girinti\n    saxlanır  </pre>\n";

  private FeedSamples() {}

  static FeedChannel channel() {
    return new FeedChannel(
        "Ortaq — Azərbaycanca",
        "Birgə xəbərlər: Şuşa, İstanbul, Bakı",
        "https://ortaq.example/az/",
        "https://ortaq.example/az/feed.rss",
        Language.AZ,
        UPDATED);
  }

  static FeedEntry declaration() {
    return new FeedEntry(
        "https://ortaq.example/az/news/2025/06/susa-beyannamesi",
        "Şuşa Bəyannaməsi: dörd il sonra",
        "https://ortaq.example/az/news/2025/06/susa-beyannamesi",
        "<p>Qısa: Şuşa &amp; Bakı</p>",
        DECLARATION_CONTENT,
        PUBLISHED,
        UPDATED,
        "Leyla Əliyeva",
        List.of("Siyasət", "Şuşa"),
        "https://ortaq.example/uploads/susa.jpg?w=1200&h=630");
  }

  static FeedEntry istanbul() {
    return new FeedEntry(
        "tag:ortaq.example,2025:article/17",
        "İstanbul'da diaspora forumu",
        "https://ortaq.example/tr/news/2025/05/istanbulda-diaspora-forumu",
        "",
        "<p>İstanbul'da \"ortak\" karar & <i>dayanışma</i></p>",
        Instant.parse("2025-05-01T08:00:00Z"),
        Instant.parse("2025-05-01T08:00:00Z"),
        "",
        List.of(),
        "");
  }

  static List<FeedEntry> entries() {
    return List.of(declaration(), istanbul());
  }
}
