package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ortaq.feed.FeedSamples.DECLARATION_CONTENT;
import static org.ortaq.feed.FeedSamples.PUBLISHED;
import static org.ortaq.feed.XmlChecks.count;
import static org.ortaq.feed.XmlChecks.text;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RSS 2.0 has no official schema (the RSS Advisory Board publishes a prose specification only), so
 * the feed is read back with Rome and its required structure checked with XPath.
 */
class RssFeedTest {
  private final String rss = new FeedWriter().rss(FeedSamples.channel(), FeedSamples.entries());

  private static SyndFeed parse(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  @Test
  void romeReadsItBackAsRss20WithTheChannelIntact() throws Exception {
    var feed = parse(rss);

    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getTitle()).isEqualTo("Ortaq — Azərbaycanca");
    assertThat(feed.getDescription()).isEqualTo("Birgə xəbərlər: Şuşa, İstanbul, Bakı");
    assertThat(feed.getLink()).isEqualTo("https://ortaq.example/az/");
    assertThat(feed.getLanguage()).isEqualTo("az");
    assertThat(feed.getEntries()).hasSize(2);
  }

  @Test
  void itemsKeepTitlesLinksDatesAndAzerbaijaniAndTurkishText() throws Exception {
    var entries = parse(rss).getEntries();

    assertThat(entries.get(0).getTitle()).isEqualTo("Şuşa Bəyannaməsi: dörd il sonra");
    assertThat(entries.get(0).getLink())
        .isEqualTo("https://ortaq.example/az/news/2025/06/susa-beyannamesi");
    assertThat(entries.get(0).getPublishedDate()).isEqualTo(Date.from(PUBLISHED));
    assertThat(entries.get(1).getTitle()).isEqualTo("İstanbul'da diaspora forumu");
  }

  @Test
  void fullHtmlSurvivesAsContentEncodedIncludingAmpersandsAndCdataEnds() throws Exception {
    var entry = parse(rss).getEntries().get(0);

    assertThat(entry.getContents()).hasSize(1);
    assertThat(entry.getContents().get(0).getValue()).isEqualTo(DECLARATION_CONTENT);
    assertThat(entry.getDescription().getValue()).isEqualTo("<p>Qısa: Şuşa &amp; Bakı</p>");
    assertThat(text(rss, "/rss/channel/item[1]/content:encoded")).isEqualTo(DECLARATION_CONTENT);
  }

  @Test
  void anEntryWithoutSummaryDescribesItselfWithItsContent() throws Exception {
    var entry = parse(rss).getEntries().get(1);

    assertThat(entry.getDescription().getValue())
        .isEqualTo("<p>İstanbul'da \"ortak\" karar & <i>dayanışma</i></p>");
  }

  @Test
  void bylineIsDublinCoreCreatorAndCategoriesAreKept() throws Exception {
    var entry = parse(rss).getEntries().get(0);

    assertThat(entry.getAuthor()).isEqualTo("Leyla Əliyeva");
    assertThat(entry.getCategories())
        .extracting(SyndCategory::getName)
        .containsExactly("Siyasət", "Şuşa");
    assertThat(text(rss, "/rss/channel/item[1]/dc:creator")).isEqualTo("Leyla Əliyeva");
    assertThat(count(rss, "/rss/channel/item[2]/dc:creator | /rss/channel/item/author")).isZero();
  }

  @Test
  void guidIsAPermalinkOnlyWhenTheIdIsTheArticleUrl() throws Exception {
    // isPermaLink defaults to true in RSS 2.0, so only the false case is spelled out.
    assertThat(text(rss, "/rss/channel/item[1]/guid/@isPermaLink")).isEmpty();
    assertThat(text(rss, "/rss/channel/item[1]/guid"))
        .isEqualTo("https://ortaq.example/az/news/2025/06/susa-beyannamesi");
    assertThat(text(rss, "/rss/channel/item[2]/guid/@isPermaLink")).isEqualTo("false");
    assertThat(parse(rss).getEntries().get(1).getUri())
        .isEqualTo("tag:ortaq.example,2025:article/17");
  }

  @Test
  void channelNamesItselfWithAnAtomSelfLink() throws Exception {
    assertThat(text(rss, "/rss/channel/atom:link[@rel='self']/@href"))
        .isEqualTo("https://ortaq.example/az/feed.rss");
    assertThat(text(rss, "/rss/channel/atom:link[@rel='self']/@type"))
        .isEqualTo("application/rss+xml");
  }

  @Test
  void hasTheElementsRss20Requires() throws Exception {
    assertThat(text(rss, "/rss/@version")).isEqualTo("2.0");
    assertThat(count(rss, "/rss/channel/title | /rss/channel/link | /rss/channel/description"))
        .isEqualTo(3);
    assertThat(count(rss, "/rss/channel/item[not(title) and not(description)]")).isZero();
    assertThat(text(rss, "/rss/channel/lastBuildDate")).isEqualTo("Mon, 16 Jun 2025 12:00:05 GMT");
  }

  @Test
  void leadImageIsMediaContentAndItsUrlKeepsItsAmpersand() throws Exception {
    var entries = parse(rss).getEntries();
    var media = (MediaEntryModule) entries.get(0).getModule(MediaModule.URI);

    assertThat(media.getMediaContents()).hasSize(1);
    assertThat(media.getMediaContents()[0].getReference().toString())
        .isEqualTo("https://ortaq.example/uploads/susa.jpg?w=1200&h=630");
    assertThat(media.getMediaContents()[0].getMedium()).isEqualTo("image");
    assertThat(count(rss, "/rss/channel/item[2]/media:content")).isZero();
  }

  @Test
  void controlCharactersThatXmlForbidsAreDroppedInsteadOfFailing() throws Exception {
    var entry =
        new FeedEntry(
            "urn:ortaq:article:9",
            "Bell\u0007 and null\u0000 in a title",
            "https://ortaq.example/en/news/2025/06/bell",
            "",
            "<p>form\u000Cfeed</p>",
            PUBLISHED,
            PUBLISHED,
            "",
            List.of(),
            "");

    var feed = parse(new FeedWriter().rss(FeedSamples.channel(), List.of(entry)));

    assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Bell and null in a title");
    assertThat(feed.getEntries().get(0).getContents().get(0).getValue())
        .isEqualTo("<p>formfeed</p>");
  }

  @Test
  void aChannelWithoutEntriesIsStillAFeed() throws Exception {
    var feed = parse(new FeedWriter().rss(FeedSamples.channel(), List.of()));

    assertThat(feed.getEntries()).isEmpty();
    assertThat(feed.getTitle()).isEqualTo("Ortaq — Azərbaycanca");
  }
}
