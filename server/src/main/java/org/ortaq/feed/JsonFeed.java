package org.ortaq.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), field names as the spec spells
 * them; Jackson writes it, empty optional fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record JsonFeed(
    String version,
    String title,
    @JsonProperty("home_page_url") String homePageUrl,
    @JsonProperty("feed_url") String feedUrl,
    String description,
    String language,
    List<Author> authors,
    List<Item> items) {

  static final String VERSION = "https://jsonfeed.org/version/1.1";

  static JsonFeed of(FeedChannel channel, List<FeedEntry> entries) {
    return new JsonFeed(
        VERSION,
        channel.title(),
        channel.siteUrl(),
        channel.feedUrl(),
        channel.description(),
        channel.language().code(),
        List.of(new Author(channel.title())),
        entries.stream().map(Item::of).toList());
  }

  /** A JSON Feed author object; 1.1 replaced the single author with this list. */
  record Author(String name) {}

  /** One item; summary is plain text in JSON Feed, so the HTML summary is reduced to its text. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Item(
      String id,
      String url,
      String title,
      @JsonProperty("content_html") String contentHtml,
      String summary,
      String image,
      @JsonProperty("date_published") Instant datePublished,
      @JsonProperty("date_modified") Instant dateModified,
      List<Author> authors,
      List<String> tags) {

    static Item of(FeedEntry entry) {
      return new Item(
          entry.id(),
          entry.url(),
          entry.title(),
          entry.contentHtml().isBlank() ? entry.summaryHtml() : entry.contentHtml(),
          Jsoup.parse(entry.summaryHtml()).text(),
          entry.imageUrl(),
          entry.published().truncatedTo(ChronoUnit.SECONDS),
          entry.updated().truncatedTo(ChronoUnit.SECONDS),
          entry.author().isBlank() ? List.of() : List.of(new Author(entry.author())),
          entry.categories());
    }
  }
}
