package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ortaq.feed.FeedSamples.DECLARATION_CONTENT;
import static org.ortaq.feed.FeedSamples.PUBLISHED;
import static org.ortaq.feed.FeedSamples.UPDATED;
import static org.ortaq.feed.XmlChecks.count;
import static org.ortaq.feed.XmlChecks.relaxNgViolations;
import static org.ortaq.feed.XmlChecks.text;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ortaq.text.Language;

/** Atom 1.0 is validated against RFC 4287's RELAX NG schema with Jing and read back with Rome. */
class AtomFeedTest {
  private static final FeedChannel CHANNEL =
      new FeedChannel(
          "Ortaq — Türkçe",
          "Ortak haberler: İstanbul'da & Şuşa'da",
          "https://ortaq.example/tr/",
          "https://ortaq.example/tr/feed.atom",
          Language.TR,
          UPDATED);

  private final String atom = new FeedWriter().atom(CHANNEL, FeedSamples.entries());

  private static SyndFeed parse(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  @Test
  void conformsToTheRfc4287RelaxNgSchema() throws Exception {
    assertThat(relaxNgViolations(atom, "/feed/atom.rnc")).isEmpty();
  }

  @Test
  void anEmptyFeedConformsToo() throws Exception {
    assertThat(relaxNgViolations(new FeedWriter().atom(CHANNEL, List.of()), "/feed/atom.rnc"))
        .isEmpty();
  }

  @Test
  void theSchemaCatchesAnEntryWithoutId() throws Exception {
    var broken = atom.replaceFirst("<id>tag:ortaq.example,2025:article/17</id>", "");

    assertThat(relaxNgViolations(broken, "/feed/atom.rnc")).isNotEmpty();
  }

  @Test
  void romeReadsItBackWithTheFeedMetadata() throws Exception {
    var feed = parse(atom);

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("Ortaq — Türkçe");
    assertThat(feed.getDescription()).isEqualTo("Ortak haberler: İstanbul'da & Şuşa'da");
    assertThat(feed.getUri()).isEqualTo("https://ortaq.example/tr/feed.atom");
    assertThat(feed.getPublishedDate()).isEqualTo(Date.from(UPDATED));
    assertThat(feed.getLinks())
        .extracting(SyndLink::getRel, SyndLink::getHref)
        .contains(
            org.assertj.core.groups.Tuple.tuple("alternate", "https://ortaq.example/tr/"),
            org.assertj.core.groups.Tuple.tuple("self", "https://ortaq.example/tr/feed.atom"));
  }

  @Test
  void feedCarriesItsLanguageAsXmlLang() throws Exception {
    assertThat(text(atom, "/atom:feed/@xml:lang")).isEqualTo("tr");
  }

  @Test
  void entriesKeepIdsTitlesLinksAndBothDates() throws Exception {
    var entries = parse(atom).getEntries();

    assertThat(entries.get(0).getUri())
        .isEqualTo("https://ortaq.example/az/news/2025/06/susa-beyannamesi");
    assertThat(entries.get(0).getTitle()).isEqualTo("Şuşa Bəyannaməsi: dörd il sonra");
    assertThat(entries.get(0).getLink())
        .isEqualTo("https://ortaq.example/az/news/2025/06/susa-beyannamesi");
    assertThat(entries.get(0).getPublishedDate()).isEqualTo(Date.from(PUBLISHED));
    assertThat(entries.get(0).getUpdatedDate()).isEqualTo(Date.from(UPDATED));
    assertThat(entries.get(1).getTitle()).isEqualTo("İstanbul'da diaspora forumu");
    assertThat(text(atom, "/atom:feed/atom:entry[1]/atom:published"))
        .isEqualTo("2025-06-15T09:30:00Z");
  }

  @Test
  void htmlContentAndSummarySurviveEscapedNotCdata() throws Exception {
    var entry = parse(atom).getEntries().get(0);

    assertThat(entry.getContents().get(0).getType()).isEqualTo("html");
    assertThat(entry.getContents().get(0).getValue()).isEqualTo(DECLARATION_CONTENT);
    assertThat(entry.getDescription().getValue()).isEqualTo("<p>Qısa: Şuşa &amp; Bakı</p>");
    assertThat(atom).doesNotContain("<![CDATA[");
  }

  @Test
  void everyEntryHasAnAuthorItsOwnOrTheFeeds() throws Exception {
    // RFC 4287 4.1.1: a feed without atom:author needs one in every entry.
    assertThat(text(atom, "/atom:feed/atom:author/atom:name")).isEqualTo("Ortaq — Türkçe");
    assertThat(text(atom, "/atom:feed/atom:entry[1]/atom:author/atom:name"))
        .isEqualTo("Leyla Əliyeva");
    assertThat(count(atom, "/atom:feed/atom:entry[2]/atom:author")).isZero();
    assertThat(parse(atom).getEntries().get(0).getAuthor()).isEqualTo("Leyla Əliyeva");
  }

  @Test
  void eachEntryHasOneAlternateLinkAndTheImageAsMediaContent() throws Exception {
    assertThat(count(atom, "/atom:feed/atom:entry[atom:link[@rel='alternate']]")).isEqualTo(2);
    var media = (MediaEntryModule) parse(atom).getEntries().get(0).getModule(MediaModule.URI);

    assertThat(media.getMediaContents()[0].getReference().toString())
        .isEqualTo("https://ortaq.example/uploads/susa.jpg?w=1200&h=630");
  }

  @Test
  void categoriesBecomeTerms() throws Exception {
    assertThat(count(atom, "/atom:feed/atom:entry[1]/atom:category[@term='Şuşa']")).isEqualTo(1);
  }
}
