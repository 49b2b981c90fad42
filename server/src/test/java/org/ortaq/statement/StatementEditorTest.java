package org.ortaq.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ortaq.Services;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Conflict;
import org.ortaq.organization.OrganizationInput;
import org.ortaq.store.Database;
import org.ortaq.store.TestClock;
import org.ortaq.store.TestDatabases;

/** Rewording and deleting statements before publication on both databases. */
class StatementEditorTest {
  private static final Actor ADMIN = new Actor(1, "Admin", true, Map.of());

  @TempDir Path dir;

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void aStatementIsRewordedBeforePublicationAndDeletedWithItsSignatories(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      Services services = network(database);
      Actor speaker = speaker(services, "a", "b");
      var statements = services.statements();
      Statement draft = statements.draft(speaker, new StatementInput.Draft("a", "s", Map.of("en", "Words"), Map.of(),
          List.of("b"), "2026-03-10T00:00:00Z"));
      statements.sign(speaker, draft.id(), new StatementInput.Signature("b"));
      Statement reworded = statements.edit(speaker, draft.id(), new StatementInput.Edit(Map.of("en", "Better words"),
          null, "2026-03-20T00:00:00Z"));
      assertThat(reworded.signed()).extracting(Statement.Signatory::organizationId).containsExactly(id(services, "a"));
      assertThat(reworded.signatories()).hasSize(2);
      assertThat(reworded.deadline()).isEqualTo(Instant.parse("2026-03-20T00:00:00Z"));

      statements.delete(speaker, draft.id());
      assertThat(statements.find(draft.id())).isEmpty();
      long left = database.read(handle -> handle.createQuery(
          "SELECT (SELECT COUNT(*) FROM joint_statement_text) + (SELECT COUNT(*) FROM joint_statement_signatory)")
          .mapTo(Long.class).one());
      assertThat(left).isZero();

      Statement published = statements.draft(speaker, new StatementInput.Draft("a", "t", Map.of("en", "Final"), Map.of(),
          List.of(), "2026-03-10T00:00:00Z"));
      statements.publish(speaker, published.id());
      assertThatThrownBy(() -> statements.delete(speaker, published.id())).isInstanceOf(Conflict.class);
    }
  }

  private Services network(Database database) {
    Services services = Services.create(database, clock);
    for (String slug : List.of("a", "b")) {
      services.organizations().create(ADMIN, new OrganizationInput(slug, Map.of("en", slug), null, "AZ", "",
          "Asia/Baku", List.of("en"), null, null, "member"));
    }
    return services;
  }

  private static Actor speaker(Services services, String... slugs) {
    var roles = new HashMap<Long, Set<Role>>();
    for (String slug : slugs) {
      roles.put(id(services, slug), Set.of(Role.REPRESENTATIVE));
    }
    return new Actor(9, "Speaker", false, roles);
  }

  private static long id(Services services, String slug) {
    return services.organizations().findBySlug(slug).orElseThrow().id();
  }
}
