package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ortaq.feed.FeedSamples.DECLARATION_CONTENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) read back with Jackson. */
class JsonFeedTest {
  private final JsonNode feed =
      parse(new FeedWriter().jsonFeed(FeedSamples.channel(), FeedSamples.entries()));

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void declaresVersion11AndTheChannel() {
    assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.path("title").asText()).isEqualTo("Ortaq — Azərbaycanca");
    assertThat(feed.path("home_page_url").asText()).isEqualTo("https://ortaq.example/az/");
    assertThat(feed.path("feed_url").asText()).isEqualTo("https://ortaq.example/az/feed.rss");
    assertThat(feed.path("language").asText()).isEqualTo("az");
    assertThat(feed.path("authors").get(0).path("name").asText()).isEqualTo("Ortaq — Azərbaycanca");
  }

  @Test
  void itemsCarryIdUrlTitleAndTheFullHtmlUnchanged() {
    var item = feed.path("items").get(0);

    assertThat(feed.path("items")).hasSize(2);
    assertThat(item.path("id").asText())
        .isEqualTo("https://ortaq.example/az/news/2025/06/susa-beyannamesi");
    assertThat(item.path("url").asText())
        .isEqualTo("https://ortaq.example/az/news/2025/06/susa-beyannamesi");
    assertThat(item.path("title").asText()).isEqualTo("Şuşa Bəyannaməsi: dörd il sonra");
    assertThat(item.path("content_html").asText()).isEqualTo(DECLARATION_CONTENT);
    assertThat(feed.path("items").get(1).path("title").asText())
        .isEqualTo("İstanbul'da diaspora forumu");
  }

  @Test
  void datesAreRfc3339InUtc() {
    var item = feed.path("items").get(0);

    assertThat(item.path("date_published").asText()).isEqualTo("2025-06-15T09:30:00Z");
    assertThat(item.path("date_modified").asText()).isEqualTo("2025-06-16T12:00:05Z");
    assertThat(
            OffsetDateTime.parse(
                item.path("date_published").asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .isEqualTo(OffsetDateTime.parse("2025-06-15T09:30:00Z"));
  }

  @Test
  void summaryIsPlainTextAsTheSpecAsks() {
    assertThat(feed.path("items").get(0).path("summary").asText()).isEqualTo("Qısa: Şuşa & Bakı");
  }

  @Test
  void authorsTagsAndImageAppearOnlyWhenPresent() {
    var full = feed.path("items").get(0);
    var bare = feed.path("items").get(1);

    assertThat(full.path("authors").get(0).path("name").asText()).isEqualTo("Leyla Əliyeva");
    assertThat(full.path("tags")).extracting(JsonNode::asText).containsExactly("Siyasət", "Şuşa");
    assertThat(full.path("image").asText())
        .isEqualTo("https://ortaq.example/uploads/susa.jpg?w=1200&h=630");
    assertThat(bare.has("authors")).isFalse();
    assertThat(bare.has("tags")).isFalse();
    assertThat(bare.has("image")).isFalse();
    assertThat(bare.has("summary")).isFalse();
  }

  @Test
  void anEntryWithOnlyASummaryStillHasContentHtml() {
    var entry =
        new FeedEntry(
            "urn:ortaq:article:3",
            "Kısa haber",
            "https://ortaq.example/tr/news/2025/06/kisa",
            "<p>Yalnız özet</p>",
            "",
            FeedSamples.PUBLISHED,
            FeedSamples.PUBLISHED,
            "",
            List.of(),
            "");

    var item =
        parse(new FeedWriter().jsonFeed(FeedSamples.channel(), List.of(entry)))
            .path("items")
            .get(0);

    assertThat(item.path("content_html").asText()).isEqualTo("<p>Yalnız özet</p>");
  }

  @Test
  void contentTypesAreTheRegisteredOnesInUtf8() {
    assertThat(FeedWriter.RSS_CONTENT_TYPE).isEqualTo("application/rss+xml; charset=utf-8");
    assertThat(FeedWriter.ATOM_CONTENT_TYPE).isEqualTo("application/atom+xml; charset=utf-8");
    assertThat(FeedWriter.JSON_FEED_CONTENT_TYPE).isEqualTo("application/feed+json; charset=utf-8");
  }
}
