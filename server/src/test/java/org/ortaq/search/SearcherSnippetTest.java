package org.ortaq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.text.Language;

/** Snippets come from the body read with the hit, marked within the highlighter's first 20,000 chars. */
class SearcherSnippetTest {
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  @TempDir Path dir;

  @Test
  void aMatchInTheBodyIsMarkedAndOneBeyondTheFirst20000CharsIsNot() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.put(document(1, "Diaspor", "Bakıda Şuşa Bəyannaməsi müzakirə olundu."));
      index.put(document(2, "Forum", "mətn ".repeat(5_000) + "Şuşa"));
      index.refresh();
      var searcher = new Searcher(index, Clock.fixed(NOW, ZoneOffset.UTC));

      var hits = searcher.search(SearchQuery.of("Şuşa")).hits();

      assertThat(hits).hasSize(2);
      var near = hits.stream().filter(hit -> hit.title().equals("Diaspor")).findFirst().orElseThrow();
      var far = hits.stream().filter(hit -> hit.title().equals("Forum")).findFirst().orElseThrow();
      assertThat(near.snippet()).contains("<mark>Şuşa</mark>");
      // past the highlighter's reach: the body's start instead, nothing marked
      assertThat(far.snippet()).doesNotContain("<mark>").startsWith("mətn mətn");
    }
  }

  private static SearchDocument document(long id, String title, String body) {
    return new SearchDocument("article", id, id, Language.AZ, "org", "Org", List.of(), title, body, "/az/" + id, NOW);
  }
}
