package org.ortaq.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.decision.Decision;
import org.ortaq.decision.DecisionInput;
import org.ortaq.statement.Statement;
import org.ortaq.statement.StatementInput;
import org.ortaq.store.TestClock;
import org.ortaq.web.RunningOrtaq;

/** The desk's decision and statement forms over real HTTP: refusals are clear and change nothing. */
class NetworkDeskTest {
  private static final String BAKU = "sample-baku-diaspora-center";
  private static final String ISTANBUL = "sample-istanbul-azerbaijani-association";
  private static final String BERLIN = "sample-berlin-turkic-union";
  private static final String HOUSTON = "sample-houston-diaspora-council";
  private static final String PASSWORD = "correct horse battery";
  private static final Actor PLATFORM = new Actor(1, "platform", true, Map.of());

  @TempDir static Path dataDir;
  static RunningOrtaq site;
  static final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", clock);
    user("rep@baku.example", BAKU, Set.of(Role.ADMIN, Role.REPRESENTATIVE));
    user("editor@berlin.example", BERLIN, Set.of(Role.EDITOR, Role.ADMIN));
    user("rep@houston.example", HOUSTON, Set.of(Role.REPRESENTATIVE));
  }

  private static void user(String email, String organization, Set<Role> roles) {
    var services = site.ortaq().services();
    services.accounts().createUser(email, email, false, "en", Map.of(organization, roles));
    services.signIn().setPassword(email, PASSWORD);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void keepsWhatWasTypedWhenAProposalIsIncompleteAndStoresNothing() {
    var client = Client.signedIn("rep@baku.example");
    int before = site.ortaq().services().decisions().all().size();
    var response = client.post("/admin/decisions", List.of(Map.entry("proposer", BAKU), Map.entry("area", "Culture & media"),
        Map.entry("text_az", "Mətn <b>var</b>, başlıq yoxdur"), Map.entry("quorum", "0")));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("titles").contains("quorum").contains("value=\"Culture &amp; media\"")
        .contains("Mətn &lt;b&gt;var&lt;/b&gt;, başlıq yoxdur");
    assertThat(site.ortaq().services().decisions().all()).hasSize(before);
  }

  @Test
  void refusesABallotFromSomeoneWhoIsNotTheRepresentativeAndOneAfterTheWindow() {
    Decision decision = votingDecision();
    var editor = Client.signedIn("editor@berlin.example");
    var refused = editor.post("/admin/decisions/" + decision.id() + "/ballots",
        List.of(Map.entry("organization", BERLIN), Map.entry("choice", "yes")));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("only the representative of " + BERLIN);
    assertThat(editor.get("/admin/decisions/" + decision.id()).body()).doesNotContain("action=\"/admin/decisions/" + decision.id() + "/ballots\"");

    var baku = Client.signedIn("rep@baku.example");
    var forOther = baku.post("/admin/decisions/" + decision.id() + "/ballots",
        List.of(Map.entry("organization", ISTANBUL), Map.entry("choice", "no")));
    assertThat(forOther.statusCode()).isEqualTo(403);
    var partner = Client.signedIn("rep@houston.example").post("/admin/decisions/" + decision.id() + "/ballots",
        List.of(Map.entry("organization", HOUSTON), Map.entry("choice", "yes")));
    assertThat(partner.statusCode()).isEqualTo(403);
    assertThat(partner.body()).contains("observers and partners comment but do not vote");

    assertThat(baku.post("/admin/decisions/" + decision.id() + "/ballots",
        List.of(Map.entry("organization", BAKU), Map.entry("choice", "yes"))).statusCode()).isEqualTo(302);
    clock.advance(Duration.ofDays(2));
    var late = baku.post("/admin/decisions/" + decision.id() + "/ballots",
        List.of(Map.entry("organization", BAKU), Map.entry("choice", "no")));
    assertThat(late.statusCode()).isEqualTo(409);
    var after = site.ortaq().services().decisions().require(decision.id());
    assertThat(after.tally().yes()).isEqualTo(1);
    assertThat(after.tally().no()).isZero();
  }

  @Test
  void hidesAnotherOrganizationsDraftProposal() {
    Decision draft = site.ortaq().services().decisions().propose(PLATFORM, new DecisionInput.Proposal(ISTANBUL, List.of(), "",
        Map.of("tr", "Gizli taslak öneri"), Map.of("tr", "<p>gizli</p>"), "majority", 1));
    var baku = Client.signedIn("rep@baku.example");
    var response = baku.get("/admin/decisions/" + draft.id());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(baku.get("/admin/decisions").body()).doesNotContain("Gizli taslak öneri");
    assertThat(baku.post("/admin/decisions/" + draft.id() + "/discussion", List.of()).statusCode()).isEqualTo(404);
  }

  @Test
  void refusesAFormWithoutTheSecurityToken() {
    Decision decision = votingDecision();
    var baku = Client.signedIn("rep@baku.example");
    var forged = baku.send(HttpRequest.newBuilder(URI.create(site.base() + "/admin/decisions/" + decision.id() + "/ballots"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("organization=" + BAKU + "&choice=yes")));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(site.ortaq().services().decisions().ballots(decision.id())).isEmpty();
  }

  @Test
  void letsOnlyInvitedOrganizationsSignAStatement() {
    Statement statement = site.ortaq().services().statements().draft(PLATFORM, new StatementInput.Draft(BERLIN, "",
        Map.of("az", "Həmrəylik bəyanatı " + System.nanoTime()), Map.of("az", "<p>Mətn</p>"), List.of(ISTANBUL),
        clock.instant().plus(Duration.ofDays(3)).toString()));
    var baku = Client.signedIn("rep@baku.example");
    assertThat(baku.get("/admin/statements/" + statement.id()).statusCode()).isEqualTo(404);
    var refused = baku.post("/admin/statements/" + statement.id() + "/sign", List.of(Map.entry("organization", BAKU)));
    assertThat(refused.statusCode()).isEqualTo(404);
    var berlin = Client.signedIn("editor@berlin.example");
    var notInvited = berlin.post("/admin/statements/" + statement.id() + "/sign", List.of(Map.entry("organization", ISTANBUL)));
    assertThat(notInvited.statusCode()).isEqualTo(403);
    assertThat(site.ortaq().services().statements().require(statement.id()).signed()).hasSize(1);
  }

  @Test
  void draftsAStatementFromTheFormWithTheDeadlineInTheOrganizationsZone() {
    var berlin = Client.signedIn("editor@berlin.example");
    var response = berlin.post("/admin/statements", List.of(Map.entry("organization", BERLIN),
        Map.entry("title_az", "Forum haqqında bəyanat"), Map.entry("text_az", "Birinci abzas.\n\nİkinci <abzas>."),
        Map.entry("invite", BAKU), Map.entry("invite", ISTANBUL), Map.entry("deadline", "2026-12-01T18:00")));
    assertThat(response.statusCode()).isEqualTo(302);
    long id = Long.parseLong(response.headers().firstValue("Location").orElseThrow().replaceAll("\\D+", " ").strip().split(" ")[0]);
    Statement statement = site.ortaq().services().statements().require(id);
    assertThat(statement.deadline()).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
    assertThat(statement.text(org.ortaq.text.Language.AZ).body()).isEqualTo("<p>Birinci abzas.</p><p>İkinci &lt;abzas&gt;.</p>");
    assertThat(statement.signatories()).hasSize(3);
    assertThat(statement.signed()).hasSize(1);
  }

  private static Decision votingDecision() {
    var decisions = site.ortaq().services().decisions();
    Decision decision = decisions.propose(PLATFORM, new DecisionInput.Proposal(BAKU, List.of(), "",
        Map.of("az", "Səsvermə " + System.nanoTime()), Map.of("az", "<p>Mətn</p>"), "majority", 1));
    return decisions.openVoting(PLATFORM, decision.id(), new DecisionInput.Voting(clock.instant().plus(Duration.ofDays(1)).toString()));
  }

  /** A browser-like client with its own cookies; forms carry the session's CSRF token. */
  private static final class Client {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String token = "";

    static Client signedIn(String email) {
      var client = new Client();
      client.token = client.token("/admin/login");
      var signIn = client.post("/admin/login", List.of(Map.entry("email", email), Map.entry("password", PASSWORD)));
      assertThat(signIn.statusCode()).isEqualTo(302);
      client.token = client.token("/admin/decisions");
      return client;
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(site.base() + path)).GET());
    }

    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
      var all = new ArrayList<>(fields);
      all.add(Map.entry("_csrf", token));
      var body = new StringBuilder();
      all.forEach(e -> body.append(body.isEmpty() ? "" : "&").append(e.getKey()).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)));
      return send(HttpRequest.newBuilder(URI.create(site.base() + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private String token(String path) {
      Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(path).body());
      assertThat(matcher.find()).as("a CSRF field on " + path).isTrue();
      return matcher.group(1);
    }
  }
}
