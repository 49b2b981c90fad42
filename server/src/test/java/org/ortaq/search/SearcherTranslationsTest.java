package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.text.Language;

/** A reader's search shows an item found in several languages once, in the reader's language. */
class SearcherTranslationsTest {
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  @TempDir Path dir;

  @Test
  void anEventInThreeLanguagesIsOneHitInTheReadersLanguage() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      put(index, "event", 1, Language.AZ, "Şuşada konfrans", 0);
      put(index, "event", 1, Language.TR, "Şuşa'da konferans", 0);
      put(index, "event", 1, Language.EN, "Shusha conference (Şuşa)", 0);
      put(index, "article", 7, Language.TR, "Şuşa Beyannamesi", 1);
      index.refresh();
      var searcher = new Searcher(index, Clock.fixed(NOW, ZoneOffset.UTC));

      SearchResults az = searcher.search(readers("şuşa", Language.AZ, 1, 10));
      SearchResults tr = searcher.search(readers("şuşa", Language.TR, 1, 10));

      assertThat(az.hits()).extracting(SearchResults.Hit::url).containsExactlyInAnyOrder("/az/event/1", "/tr/article/7");
      assertThat(tr.hits()).extracting(SearchResults.Hit::url).containsExactlyInAnyOrder("/tr/event/1", "/tr/article/7");
      assertThat(az.total()).isEqualTo(2);
      assertThat(az.exact()).isTrue();
      // facets count items too, but for the language facet: the versions in each language
      assertThat(az.facets().get("kind")).containsOnly(entry("event", 1L), entry("article", 1L));
      assertThat(az.facets().get("language")).containsOnly(entry("az", 1L), entry("tr", 2L), entry("en", 1L));
      assertThat(searcher.search(SearchQuery.of("şuşa")).facets().get("kind")).containsOnly(entry("event", 3L), entry("article", 1L));
      // without a reader's language every version is a hit of its own
      assertThat(searcher.search(SearchQuery.of("şuşa")).hits()).hasSize(4);
    }
  }

  @Test
  void pagesOfFoldedHitsFollowOneAnotherWithoutRepeatsOrGaps() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      // 30 items: every third in az only, the others in az and tr; ages spread so that ranks differ
      for (int item = 1; item <= 30; item++) {
        put(index, "article", item, Language.AZ, "Diaspor forumu " + item, item);
        if (item % 3 != 0) {
          put(index, "article", item, Language.TR, "Diaspora forumu " + item, item);
        }
      }
      index.refresh();
      var searcher = new Searcher(index, Clock.fixed(NOW, ZoneOffset.UTC));

      List<String> paged = new ArrayList<>();
      for (int page = 1; page <= 4; page++) {
        SearchResults results = searcher.search(readers("forum", Language.TR, page, 8));
        results.hits().forEach(hit -> paged.add(hit.url()));
        assertThat(results.total()).isEqualTo(30);
        assertThat(results.exact()).isTrue();
        assertThat(results.pages()).isEqualTo(4);
      }
      List<String> whole = searcher.search(readers("forum", Language.TR, 1, 30)).hits().stream()
          .map(SearchResults.Hit::url).toList();

      assertThat(paged).hasSize(30).doesNotHaveDuplicates().isEqualTo(whole);
      // Turkish where an item has it, Azerbaijani where it has nothing else
      assertThat(paged).contains("/tr/article/1", "/az/article/3").doesNotContain("/az/article/1", "/tr/article/3");
      assertThat(paged.stream().filter(url -> url.startsWith("/az/"))).hasSize(10);
    }
  }

  @Test
  void theReadersVersionIsShownEvenWhenRankedBelowEveryOtherVersion() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (int item = 1; item <= 100; item++) {
        put(index, "article", item, Language.AZ, "Bəyannamə " + item, item);
        put(index, "article", item, Language.TR, "Beyanname " + item, item);
      }
      index.refresh();
      var searcher = new Searcher(index, Clock.fixed(NOW, ZoneOffset.UTC));

      SearchResults results = searcher.search(readers("beyanname", Language.AZ, 1, 10));

      // the Turkish titles rank above all the Azerbaijani ones (the query is the Turkish spelling),
      // yet each item is shown in Azerbaijani, its version in the reader's language matching too
      assertThat(results.hits()).hasSize(10).allSatisfy(hit -> assertThat(hit.language()).isEqualTo("az"));
      assertThat(results.hits()).extracting(SearchResults.Hit::url).startsWith("/az/article/1", "/az/article/2");
      assertThat(results.total()).isEqualTo(100); // 200 documents
      assertThat(results.exact()).isTrue();
    }
  }

  private static SearchQuery readers(String text, Language reader, int page, int perPage) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(reader), page, perPage);
  }

  private static void put(SearchIndex index, String kind, long item, Language language, String title, int daysOld) {
    index.put(new SearchDocument(kind, item * 8 + language.ordinal(), item, language, "org", "Org", List.of(), title,
        "", "/" + language.code() + "/" + kind + "/" + item, NOW.minus(Duration.ofDays(daysOld))));
  }
}
