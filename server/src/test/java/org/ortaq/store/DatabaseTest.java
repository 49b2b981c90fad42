package org.ortaq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ortaq.Services;
import org.ortaq.access.Actor;
import org.ortaq.article.Article;
import org.ortaq.article.ArticleDraft;
import org.ortaq.article.ArticlePage;
import org.ortaq.article.Listing;
import org.ortaq.config.StartupFailure;
import org.ortaq.demo.DemoContent;
import org.ortaq.event.EventStore;
import org.ortaq.organization.MembershipStatus;
import org.ortaq.organization.NewOrganization;
import org.ortaq.organization.OrganizationStore;
import org.ortaq.organization.OrganizationText;
import org.ortaq.text.Language;

class DatabaseTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void migratesAnEmptyDatabaseAndAnswers(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      assertThat(database.answers()).isTrue();
      long count = database.read(handle -> new OrganizationStore().count(handle));
      assertThat(count).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void loadsTheDemoContentOnceWithLinkedTranslations(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      Services services = Services.create(database, CLOCK);
      var demo = new DemoContent(database, services.organizationStore(), services.articles(), services.categoryStore(), new EventStore(), CLOCK);
      assertThat(demo.loadIfEmpty()).isTrue();
      assertThat(demo.loadIfEmpty()).isFalse();
      var organizations = services.organizations().all();
      assertThat(organizations).hasSize(4).allMatch(o -> o.sample());
      assertThat(organizations).extracting(o -> o.country()).containsExactlyInAnyOrder("AZ", "TR", "DE", "US");
      ArticlePage front = services.published().page(new Listing.Front(Language.AZ), 1, 10);
      assertThat(front.items()).hasSize(1);
      Article az = front.items().get(0);
      assertThat(az.shortStory()).startsWith("<p>2007-ci il martın 9-da").isEqualTo(az.fullStory());
      assertThat(az.tags()).contains("Şuşa Bəyannaməsi");
      assertThat(az.categoryIds()).hasSize(2);
      assertThat(services.published().translations(az)).extracting(Article::language)
          .containsExactlyInAnyOrder(Language.AZ, Language.TR, Language.EN);
      var events = database.read(handle -> new EventStore().all(handle));
      assertThat(events).hasSize(7);
      assertThat(events).filteredOn(e -> !e.rrule().isEmpty()).singleElement()
          .satisfies(e -> assertThat(e.rrule()).isEqualTo("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15"));
      assertThat(events.get(0).title(Language.EN)).contains("First forum");
      assertThat(events.get(0).start().getZone().getId()).isEqualTo("Asia/Baku");
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void writesNothingWhenATransactionFailsHalfway(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      var store = new OrganizationStore();
      NewOrganization organization = organization("one");
      assertThatThrownBy(
              () ->
                  database.inTransaction(
                      handle -> {
                        store.insert(handle, organization, CLOCK.instant());
                        return store.insert(handle, organization, CLOCK.instant()); // same slug
                      }))
          .isInstanceOf(RuntimeException.class);
      assertThat(database.read(store::count)).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void keepsSlugsUniquePerLanguage(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      Services services = Services.create(database, CLOCK);
      long organization = database.inTransaction(h -> new OrganizationStore().insert(h, organization("x"), CLOCK.instant()));
      var admin = new Actor(1, "admin", true, Map.of());
      var draft = new ArticleDraft("az", "Şuşa", "", "<p>a</p>", "", "", "", List.of(), List.of(), 0);
      Article first = services.articles().create(admin, organization, draft);
      Article second = services.articles().create(admin, organization, draft);
      assertThat(List.of(first.slug(), second.slug())).containsExactly("susa", "susa-2");
      var english = new ArticleDraft("en", "Şuşa", "", "<p>a</p>", "", "", "", List.of(), List.of(), first.id());
      assertThat(services.articles().create(admin, organization, english).slug()).isEqualTo("susa");
    }
  }

  @Test
  void refusesAFileThatIsNotAnSqliteDatabaseAndLeavesItAlone() throws Exception {
    Path file = dir.resolve("notes.db");
    Files.writeString(file, "my precious notes", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Database.open("jdbc:sqlite:" + file, "", ""))
        .isInstanceOf(StartupFailure.class)
        .hasMessageContaining("is not an SQLite database");
    assertThat(Files.readString(file)).isEqualTo("my precious notes");
  }

  @Test
  void failsWithAOneLineMessageWhenPostgresqlIsUnreachable() {
    assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2", "", ""))
        .isInstanceOf(StartupFailure.class)
        .hasMessageStartingWith("cannot connect to the database jdbc:postgresql://127.0.0.1:1/nothing")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void stopsAnsweringOnceClosed() {
    Database database = TestDatabases.SQLITE.open(dir);
    database.close();
    assertThat(database.answers()).isFalse();
  }

  @Test
  void redactsCredentialsFromUrls() {
    assertThat(Database.redact("jdbc:postgresql://h/db?user=me&password=secret"))
        .isEqualTo("jdbc:postgresql://h/db?user=***&password=***");
  }

  private static NewOrganization organization(String slug) {
    return new NewOrganization(slug, "AZ", "Bakı", java.time.ZoneId.of("Asia/Baku"), List.of(Language.AZ), "", "",
        MembershipStatus.MEMBER, false, Map.of(Language.AZ, new OrganizationText("Ad " + slug, "")));
  }
}
