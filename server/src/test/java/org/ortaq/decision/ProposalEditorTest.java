package org.ortaq.decision;

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
import org.ortaq.error.NotFound;
import org.ortaq.organization.OrganizationInput;
import org.ortaq.store.Database;
import org.ortaq.store.TestClock;
import org.ortaq.store.TestDatabases;
import org.ortaq.text.Language;

/** Rewriting and deleting proposals on both databases: merged texts, sponsors, the cascade. */
class ProposalEditorTest {
  private static final Actor ADMIN = new Actor(1, "Admin", true, Map.of());

  @TempDir Path dir;

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void aProposalIsRewrittenInPlaceAndADraftDeletedWithItsTextsAndSponsors(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      Services services = network(database);
      Actor speaker = speaker(services, "a", "b", "c");
      DecisionService decisions = services.decisions();
      Decision draft = decisions.propose(speaker, new DecisionInput.Proposal("a", List.of("b"), "", Map.of("en", "Old",
          "az", "Köhnə"), Map.of("en", "<p>Old text</p>"), "majority", 1));
      Decision edited = decisions.edit(speaker, draft.id(), new DecisionInput.Edit(List.of("c", "a", "c"), "media",
          nullable("az", null, "tr", "Yeni"), Map.of("en", "<p>New text</p>"), "two_thirds", 3));
      assertThat(edited.texts()).containsOnlyKeys(Language.EN, Language.TR);
      assertThat(edited.text(Language.EN)).isEqualTo(new Decision.Text("Old", "<p>New text</p>"));
      assertThat(edited.sponsorIds()).containsExactly(id(services, "c"));
      assertThat(edited.rule()).isEqualTo(VotingRule.TWO_THIRDS);
      assertThat(edited.quorum()).isEqualTo(3);
      assertThat(edited.createdAt()).isEqualTo(draft.createdAt());

      decisions.delete(speaker, draft.id());
      assertThat(decisions.find(draft.id())).isEmpty();
      long left = database.read(handle -> handle.createQuery(
          "SELECT (SELECT COUNT(*) FROM decision_text) + (SELECT COUNT(*) FROM decision_sponsor)").mapTo(Long.class).one());
      assertThat(left).isZero();
      assertThatThrownBy(() -> decisions.delete(speaker, draft.id())).isInstanceOf(NotFound.class);
    }
  }

  private Services network(Database database) {
    Services services = Services.create(database, clock);
    for (String slug : List.of("a", "b", "c")) {
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

  /** A map that may hold null values, as Jackson reads {@code {"az": null}}. */
  private static Map<String, String> nullable(String... pairs) {
    var map = new HashMap<String, String>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
