package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.ortaq.feed.XmlChecks.count;
import static org.ortaq.feed.XmlChecks.text;
import static org.ortaq.feed.XmlChecks.xsdViolations;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Sitemaps validated against the sitemaps.org 0.9 schemas, hreflang links included. */
class SitemapWriterTest {
  private static final String SITEMAP_SCHEMA = "/feed/sitemap.xsd";
  private static final String XHTML_LINK_SCHEMA = "/feed/xhtml-link.xsd";
  private static final String INDEX_SCHEMA = "/feed/siteindex.xsd";
  private static final Instant MODIFIED = Instant.parse("2025-06-16T12:00:05.123456Z");

  private final SitemapWriter writer = new SitemapWriter();

  private static final List<Alternate> DECLARATION_VERSIONS =
      List.of(
          new Alternate("az", "https://ortaq.example/az/news/2025/06/susa-beyannamesi"),
          new Alternate("tr", "https://ortaq.example/tr/news/2025/06/susa-beyannamesi"),
          new Alternate("en", "https://ortaq.example/en/news/2025/06/shusha-declaration"),
          new Alternate("x-default", "https://ortaq.example/az/news/2025/06/susa-beyannamesi"));

  private static List<SitemapUrl> urls() {
    return List.of(
        new SitemapUrl(
            "https://ortaq.example/az/news/2025/06/susa-beyannamesi",
            MODIFIED,
            DECLARATION_VERSIONS),
        new SitemapUrl(
            "https://ortaq.example/tr/news/2025/06/susa-beyannamesi",
            MODIFIED,
            DECLARATION_VERSIONS),
        new SitemapUrl(
            "https://ortaq.example/az/search?q=%C5%9Fu%C5%9Fa&page=2", MODIFIED, List.of()));
  }

  @Test
  void conformsToTheSitemapSchemaWithHreflangLinks() throws Exception {
    var sitemap = writer.sitemap(urls());

    assertThat(xsdViolations(sitemap, SITEMAP_SCHEMA, XHTML_LINK_SCHEMA)).isEmpty();
  }

  @Test
  void theSchemaCatchesAnXhtmlLinkWithoutHreflang() throws Exception {
    var broken = writer.sitemap(urls()).replaceFirst(" hreflang=\"az\"", "");

    assertThat(xsdViolations(broken, SITEMAP_SCHEMA, XHTML_LINK_SCHEMA)).isNotEmpty();
  }

  @Test
  void listsEveryUrlWithLastmodToTheSecondInUtc() throws Exception {
    var sitemap = writer.sitemap(urls());

    assertThat(count(sitemap, "/sm:urlset/sm:url")).isEqualTo(3);
    assertThat(text(sitemap, "/sm:urlset/sm:url[1]/sm:loc"))
        .isEqualTo("https://ortaq.example/az/news/2025/06/susa-beyannamesi");
    assertThat(text(sitemap, "/sm:urlset/sm:url[1]/sm:lastmod")).isEqualTo("2025-06-16T12:00:05Z");
  }

  @Test
  void eachTranslationListsAllLanguageVersionsAsAlternates() throws Exception {
    var sitemap = writer.sitemap(urls());

    assertThat(count(sitemap, "/sm:urlset/sm:url[2]/xhtml:link[@rel='alternate']")).isEqualTo(4);
    assertThat(text(sitemap, "/sm:urlset/sm:url[2]/xhtml:link[@hreflang='en']/@href"))
        .isEqualTo("https://ortaq.example/en/news/2025/06/shusha-declaration");
    assertThat(count(sitemap, "/sm:urlset/sm:url[3]/xhtml:link")).isZero();
  }

  @Test
  void ampersandsInUrlsAreEntityEscaped() throws Exception {
    var sitemap = writer.sitemap(urls());

    assertThat(sitemap).contains("&amp;page=2");
    assertThat(text(sitemap, "/sm:urlset/sm:url[3]/sm:loc"))
        .isEqualTo("https://ortaq.example/az/search?q=%C5%9Fu%C5%9Fa&page=2");
  }

  @Test
  void indexConformsToTheSitemapIndexSchema() throws Exception {
    var index =
        writer.sitemapIndex(
            List.of(
                new SitemapReference("https://ortaq.example/sitemap-1.xml", MODIFIED),
                SitemapReference.covering("https://ortaq.example/sitemap-2.xml", urls())));

    assertThat(xsdViolations(index, INDEX_SCHEMA)).isEmpty();
    assertThat(count(index, "/sm:sitemapindex/sm:sitemap")).isEqualTo(2);
    assertThat(text(index, "/sm:sitemapindex/sm:sitemap[2]/sm:lastmod"))
        .isEqualTo("2025-06-16T12:00:05Z");
  }

  @Test
  void referenceCoveringUrlsTakesTheNewestLastmod() {
    var older =
        new SitemapUrl(
            "https://ortaq.example/az/", Instant.parse("2024-01-01T00:00:00Z"), List.of());
    var newer =
        new SitemapUrl(
            "https://ortaq.example/tr/", Instant.parse("2025-01-01T00:00:00Z"), List.of());

    assertThat(
            SitemapReference.covering("https://ortaq.example/sitemap-1.xml", List.of(newer, older))
                .lastModified())
        .isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> SitemapReference.covering("https://ortaq.example/sitemap-1.xml", List.of()));
  }

  @Test
  void splitCutsIntoConsecutivePartsOfAtMostTheLimit() {
    var pages = pages(5);

    assertThat(SitemapWriter.split(pages, 2))
        .containsExactly(pages.subList(0, 2), pages.subList(2, 4), pages.subList(4, 5));
    assertThat(SitemapWriter.split(pages, 5)).containsExactly(pages);
    assertThat(SitemapWriter.split(List.of(), 2)).isEmpty();
  }

  @Test
  void splitByTheProtocolLimitMakesSitemapsThatAllFit() throws Exception {
    var parts = SitemapWriter.split(pages(SitemapWriter.MAX_URLS + 1));

    assertThat(parts).extracting(List::size).containsExactly(SitemapWriter.MAX_URLS, 1);
    assertThat(xsdViolations(writer.sitemap(parts.get(1)), SITEMAP_SCHEMA, XHTML_LINK_SCHEMA))
        .isEmpty();
  }

  @Test
  void refusesMoreUrlsThanOneSitemapMayHold() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> writer.sitemap(pages(SitemapWriter.MAX_URLS + 1)));
    assertThatIllegalArgumentException().isThrownBy(() -> SitemapWriter.split(pages(3), 0));
  }

  @Test
  void refusesAnHreflangThatIsNotALanguageTag() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Alternate("azərbaycan", "https://ortaq.example/az/"));
    assertThatIllegalArgumentException().isThrownBy(() -> new Alternate("az", "/az/"));
  }

  private static List<SitemapUrl> pages(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new SitemapUrl("https://ortaq.example/az/news/" + i, MODIFIED, List.of()))
        .toList();
  }
}
