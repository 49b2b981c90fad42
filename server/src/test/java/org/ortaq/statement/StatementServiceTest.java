package org.ortaq.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.organization.OrganizationInput;
import org.ortaq.store.Database;
import org.ortaq.store.TestClock;
import org.ortaq.store.TestDatabases;

/** Joint statements on both databases: invitations, signatures, the deadline, publication. */
class StatementServiceTest {
  private static final Actor ADMIN = new Actor(1, "Admin", true, Map.of());

  @TempDir Path dir;

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void invitedOrganizationsSignUntilTheDeadlineAndThePublishedStatementListsThem(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      Services services = Services.create(database, clock);
      for (String slug : List.of("a", "b", "c")) {
        services.organizations().create(ADMIN, new OrganizationInput(slug, Map.of("en", slug), null, "AZ", "",
            "Asia/Baku", List.of("en"), null, null, "member"));
      }
      long a = services.organizations().findBySlug("a").orElseThrow().id();
      long b = services.organizations().findBySlug("b").orElseThrow().id();
      long c = services.organizations().findBySlug("c").orElseThrow().id();
      var admin = new Actor(2, "A admin", false, Map.of(a, Set.of(Role.ADMIN)));
      var editorOfB = new Actor(3, "B editor", false, Map.of(b, Set.of(Role.EDITOR)));
      var representativeOfB = new Actor(4, "B rep", false, Map.of(b, Set.of(Role.REPRESENTATIVE)));
      var adminOfC = new Actor(5, "C admin", false, Map.of(c, Set.of(Role.ADMIN)));
      StatementService statements = services.statements();
      assertThatThrownBy(() -> statements.draft(admin, new StatementInput.Draft("a", "", Map.of(), Map.of("en", "x"),
          List.of("nobody"), "yesterday"))).isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
              .extracting(Invalid.FieldError::field).contains("invite[0]", "titles", "texts.en", "deadline"));
      Statement draft = statements.draft(admin, new StatementInput.Draft("a", "", Map.of("en", "Solidarity now"),
          Map.of("en", "<p>Together.</p>"), List.of("b"), "2026-03-10T00:00:00Z"));
      assertThat(draft.slug()).isEqualTo("solidarity-now");
      assertThat(draft.signed()).extracting(Statement.Signatory::organizationId).containsExactly(a);
      assertThatThrownBy(() -> statements.sign(editorOfB, draft.id(), new StatementInput.Signature("b")))
          .isInstanceOf(Forbidden.class);
      statements.sign(representativeOfB, draft.id(), new StatementInput.Signature("b"));
      assertThatThrownBy(() -> statements.sign(adminOfC, draft.id(), new StatementInput.Signature("c")))
          .isInstanceOf(Forbidden.class);
      statements.invite(admin, draft.id(), new StatementInput.Invitation(List.of("c")));
      clock.advance(Duration.ofDays(10));
      assertThatThrownBy(() -> statements.sign(adminOfC, draft.id(), new StatementInput.Signature("c")))
          .isInstanceOf(Conflict.class);
      Statement published = statements.publish(admin, draft.id());
      assertThat(published.published()).isTrue();
      assertThat(published.signed()).extracting(Statement.Signatory::organizationId).containsExactly(a, b);
      assertThat(statements.signedBy(b)).extracting(Statement::id).containsExactly(draft.id());
      assertThat(statements.signedBy(c)).isEmpty();
      assertThatThrownBy(() -> statements.publish(admin, draft.id())).isInstanceOf(Conflict.class);
    }
  }
}
