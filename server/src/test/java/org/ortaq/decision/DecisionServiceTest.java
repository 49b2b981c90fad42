package org.ortaq.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ortaq.Services;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Conflict;
import org.ortaq.error.Forbidden;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationInput;
import org.ortaq.store.Database;
import org.ortaq.store.TestClock;
import org.ortaq.store.TestDatabases;

/** Joint decisions on both databases: voting rules, quorum, replaced ballots, closing, numbers. */
class DecisionServiceTest {
  private static final Actor ADMIN = new Actor(1, "Admin", true, Map.of());

  @TempDir Path dir;

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));

  @ParameterizedTest
  @CsvSource({
    "majority, 2, 1, true", "majority, 1, 1, false", "two_thirds, 2, 1, true", "two_thirds, 3, 2, false",
    "consensus, 3, 0, true", "consensus, 3, 1, false", "consensus, 0, 0, false"
  })
  void appliesEachRuleToTheYesAndNoBallots(String rule, int yes, int no, boolean carried) {
    assertThat(VotingRule.parse(rule).carries(yes, no)).isEqualTo(carried);
  }

  /** Four members a–d, each with a representative, and an observer. */
  private record Network(Services services, List<Organization> members, Organization observer) {
    Actor representative(int member) {
      return new Actor(10 + member, "Rep " + member, false, Map.of(members.get(member).id(), Set.of(Role.REPRESENTATIVE)));
    }
  }

  private Network network(Database database) {
    Services services = Services.create(database, clock);
    for (String slug : List.of("a", "b", "c", "d")) {
      services.organizations().create(ADMIN, new OrganizationInput(slug, Map.of("en", slug.toUpperCase(java.util.Locale.ROOT)),
          null, "AZ", "", "Asia/Baku", List.of("en"), null, null, "member"));
    }
    services.organizations().create(ADMIN, new OrganizationInput("watcher", Map.of("en", "Watcher"), null, "TR", "",
        "Europe/Istanbul", List.of("en"), null, null, "observer"));
    var members = List.of("a", "b", "c", "d").stream().map(s -> services.organizations().findBySlug(s).orElseThrow()).toList();
    return new Network(services, members, services.organizations().findBySlug("watcher").orElseThrow());
  }

  private Decision openVote(Network network, String rule, int quorum) {
    DecisionService decisions = network.services().decisions();
    Decision draft = decisions.propose(network.representative(0), new DecisionInput.Proposal("a", List.of("b"), "culture",
        Map.of("en", "Proposal"), Map.of("en", "<p>Text</p>"), rule, quorum));
    return decisions.openVoting(network.representative(0), draft.id(), new DecisionInput.Voting("2026-03-08T10:00:00Z"));
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void replacesASecondBallotAndRefusesBallotsAfterTheWindow(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      Network network = network(database);
      DecisionService decisions = network.services().decisions();
      long id = openVote(network, "majority", 2).id();
      decisions.vote(network.representative(1), id, new DecisionInput.BallotInput("b", "no", ""));
      decisions.vote(network.representative(1), id, new DecisionInput.BallotInput("b", "yes", "changed our mind"));
      Decision counted = decisions.vote(network.representative(2), id, new DecisionInput.BallotInput("c", "no", ""));
      assertThat(counted.tally()).isEqualTo(new Decision.Tally(1, 1, 0, 4));
      assertThat(decisions.ballots(id)).hasSize(2);
      assertThatThrownBy(() -> decisions.vote(network.representative(1), id, new DecisionInput.BallotInput("c", "yes", "")))
          .isInstanceOf(Forbidden.class);
      var observer = new Actor(99, "Observer", false, Map.of(network.observer().id(), Set.of(Role.REPRESENTATIVE)));
      assertThatThrownBy(() -> decisions.vote(observer, id, new DecisionInput.BallotInput("watcher", "yes", "")))
          .isInstanceOf(Forbidden.class);
      clock.advance(Duration.ofDays(7));
      assertThatThrownBy(() -> decisions.vote(network.representative(3), id, new DecisionInput.BallotInput("d", "yes", "")))
          .isInstanceOf(Conflict.class);
      Decision closed = decisions.require(id);
      assertThat(closed.status()).isEqualTo(DecisionStatus.REJECTED);
      assertThat(closed.number()).isEmpty();
      assertThat(closed.tally()).isEqualTo(new Decision.Tally(1, 1, 0, 4));
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void rejectsWithoutQuorumAndNumbersAdoptedDecisionsPerYear(TestDatabases kind) {
    try (Database database = kind.open(dir)) {
      Network network = network(database);
      DecisionService decisions = network.services().decisions();
      long unquorate = openVote(network, "consensus", 3).id();
      long first = openVote(network, "consensus", 2).id();
      long second = openVote(network, "two_thirds", 1).id();
      for (long id : List.of(unquorate, first, second)) {
        decisions.vote(network.representative(0), id, new DecisionInput.BallotInput("a", "yes", ""));
      }
      decisions.vote(network.representative(1), first, new DecisionInput.BallotInput("b", "abstain", ""));
      clock.advance(Duration.ofDays(8));
      assertThat(decisions.closeDue()).isEqualTo(3);
      assertThat(decisions.closeDue()).isZero();
      assertThat(decisions.require(unquorate).status()).isEqualTo(DecisionStatus.REJECTED);
      assertThat(decisions.require(first).number()).isEqualTo("2026/1");
      assertThat(decisions.require(second).number()).isEqualTo("2026/2");
      assertThat(decisions.register()).extracting(Decision::number).containsExactly("2026/2", "2026/1");
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void closesAVoteOnceWhenTheTimerAndReadersRace(TestDatabases kind) throws Exception {
    try (Database database = kind.open(dir)) {
      Network network = network(database);
      DecisionService decisions = network.services().decisions();
      long id = openVote(network, "majority", 1).id();
      decisions.vote(network.representative(0), id, new DecisionInput.BallotInput("a", "yes", ""));
      clock.advance(Duration.ofDays(8));
      var pool = Executors.newFixedThreadPool(6);
      List<Callable<Object>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(i % 2 == 0 ? () -> decisions.closeDue() : () -> decisions.require(id));
      }
      for (var future : pool.invokeAll(calls)) {
        future.get();
      }
      pool.shutdown();
      assertThat(decisions.require(id).number()).isEqualTo("2026/1");
      long outbox = database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM outbox WHERE kind = 'decision.adopted'")
          .mapTo(Long.class).one());
      assertThat(outbox).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("org.ortaq.store.TestDatabases#both")
  void givesDecisionsClosingAtOnceDistinctNumbers(TestDatabases kind) throws Exception {
    try (Database database = kind.open(dir)) {
      Network network = network(database);
      DecisionService decisions = network.services().decisions();
      List<Long> ids = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        long id = openVote(network, "majority", 1).id();
        decisions.vote(network.representative(0), id, new DecisionInput.BallotInput("a", "yes", ""));
        ids.add(id);
      }
      clock.advance(Duration.ofDays(8));
      var pool = Executors.newFixedThreadPool(6);
      List<Callable<Decision>> calls = ids.stream().<Callable<Decision>>map(id -> () -> decisions.require(id)).toList();
      for (var future : pool.invokeAll(calls)) {
        future.get();
      }
      pool.shutdown();
      assertThat(ids.stream().map(id -> decisions.require(id).number()))
          .containsExactlyInAnyOrder("2026/1", "2026/2", "2026/3", "2026/4", "2026/5", "2026/6");
    }
  }

  @Test
  void refusesAProposalFromSomeoneWhoDoesNotSpeakForTheProposer() throws Exception {
    try (Database database = TestDatabases.SQLITE.open(dir)) {
      Network network = network(database);
      assertThatThrownBy(() -> network.services().decisions().propose(network.representative(1),
          new DecisionInput.Proposal("a", List.of(), "", Map.of("en", "Not mine"), Map.of(), "majority", 1)))
          .isInstanceOf(Forbidden.class);
      assertThat(network.services().decisions().all()).isEmpty();
    }
  }
}
