package org.ortaq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.article.PublishedCategories;
import org.ortaq.store.TestDatabases;
import org.ortaq.text.Language;

/** The whole platform on PostgreSQL: migrations, demo content and pages over HTTP. */
class PostgresSiteTest {
  @TempDir Path dataDir;

  @Test
  void servesTheFrontPageFromPostgresql() {
    String url = TestDatabases.POSTGRESQL.newUrl(dataDir);
    try (var site = RunningOrtaq.start(dataDir, url, Clock.systemUTC())) {
      assertThat(site.ortaq().database().dialect().name()).isEqualTo("POSTGRESQL");
      var response = site.get("/az/");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("ABŞ-dakı diasporumuz</p>");
      assertThat(site.get("/healthz").statusCode()).isEqualTo(200);
      var menu = new PublishedCategories(site.ortaq().database(), site.ortaq().services().categoryStore());
      var tree = menu.in(Language.AZ).categories();
      assertThat(tree.isEmpty()).isFalse();
      long published = site.ortaq().services().published().categories().stream()
          .mapToLong(category -> tree.find(Math.toIntExact(category.id())).orElseThrow().newsCount()).sum();
      assertThat(published).as("published articles counted by category on PostgreSQL").isPositive();
    }
    assertThat(dataDir.resolve("ortaq.db")).doesNotExist();
  }
}
