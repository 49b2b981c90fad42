package org.ortaq.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.access.Role;
import org.ortaq.store.AuditLog;
import org.ortaq.store.TestClock;
import org.ortaq.web.RunningOrtaq;

/**
 * Changing and deleting proposals and statements through {@code PATCH} and {@code DELETE} over
 * real HTTP: merge-patch semantics, every field error at once with nothing written, the wrong
 * organization (403), the wrong state (409), and the audit log's before and after.
 */
class NetworkEditApiTest {
  private static final String BAKU = "sample-baku-diaspora-center";
  private static final String ISTANBUL = "sample-istanbul-azerbaijani-association";
  private static final String BERLIN = "sample-berlin-turkic-union";

  @TempDir static Path dataDir;
  static final TestClock clock = new TestClock(Instant.parse("2026-05-04T09:00:00Z"));
  static RunningOrtaq site;
  static ApiClient api;
  static String baku;
  static String istanbul;
  static String houston;
  static String bakuEditor;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", clock);
    api = new ApiClient(site.base());
    var accounts = site.ortaq().services().accounts();
    accounts.createUser("rep@baku.example", "Aysel (Bakı)", false, "az", Map.of(BAKU, Set.of(Role.REPRESENTATIVE)));
    accounts.createUser("rep@istanbul.example", "Murat", false, "tr", Map.of(ISTANBUL, Set.of(Role.REPRESENTATIVE)));
    accounts.createUser("admin@houston.example", "John", false, "en",
        Map.of("sample-houston-diaspora-council", Set.of(Role.ADMIN)));
    accounts.createUser("editor@baku.example", "Baku editor", false, "az", Map.of(BAKU, Set.of(Role.EDITOR)));
    baku = accounts.createToken("rep@baku.example", "test");
    istanbul = accounts.createToken("rep@istanbul.example", "test");
    houston = accounts.createToken("admin@houston.example", "test");
    bakuEditor = accounts.createToken("editor@baku.example", "test");
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void theProposerRewritesADecisionUntilTheVoteOpensAndTheAuditKeepsBothVersions() {
    long id = propose();
    var edited = api.call("PATCH", "/api/v1/decisions/" + id, baku, """
        {"titles":{"az":null,"en":"A joint archive","tr":"Ortak arşiv"},
         "texts":{"tr":"<p>Arşiv açılır.</p><script>alert(1)</script>"},
         "sponsors":["%s"],"area":"archives","rule":"consensus","quorum":2}""".formatted(BERLIN));
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    JsonNode decision = edited.json();
    assertThat(decision.get("titles").properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("en", "tr");
    assertThat(decision.get("texts").get("tr").asText()).isEqualTo("<p>Arşiv açılır.</p>");
    assertThat(decision.get("texts").get("en").asText()).isEqualTo("<p>Keep the papers.</p>");
    assertThat(decision.get("sponsors")).extracting(JsonNode::asText).containsExactly(BERLIN);
    assertThat(decision.get("area").asText()).isEqualTo("archives");
    assertThat(decision.get("rule").asText()).isEqualTo("consensus");
    assertThat(decision.get("quorum").asInt()).isEqualTo(2);

    AuditLog.Entry entry = newestAudit(BAKU);
    assertThat(entry.action()).isEqualTo("decision.edited");
    assertThat(entry.entityId()).isEqualTo(id);
    assertThat(entry.before()).contains("Arxivlər").doesNotContain("Ortak arşiv");
    assertThat(entry.after()).contains("Ortak arşiv").doesNotContain("Arxivlər");
    assertThat(newestOutboxKind()).isEqualTo("decision.edited");

    assertThat(api.post("/api/v1/decisions/" + id + "/discussion", baku, null).status()).isEqualTo(200);
    assertThat(api.call("PATCH", "/api/v1/decisions/" + id, baku, "{\"area\":\"memory\"}").json().get("area").asText())
        .isEqualTo("memory");
    assertThat(api.post("/api/v1/decisions/" + id + "/voting", baku, "{\"closes_at\":\"2026-06-01T00:00:00Z\"}").status())
        .isEqualTo(200);
    var late = api.call("PATCH", "/api/v1/decisions/" + id, baku, "{\"area\":\"too late\"}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.contentType()).startsWith("application/problem+json");
    assertThat(api.call("DELETE", "/api/v1/decisions/" + id, baku, null).status()).isEqualTo(409);
    assertThat(api.get("/api/v1/decisions/" + id, null).json().get("area").asText()).isEqualTo("memory");
  }

  @Test
  void aBadDecisionEditNamesEveryFieldAndWritesNothing() {
    long id = propose();
    String before = api.get("/api/v1/decisions/" + id, baku).body();
    long outbox = latestOutboxId();
    var invalid = api.call("PATCH", "/api/v1/decisions/" + id, baku, """
        {"titles":{"xx":"Nope","en":" "},"texts":{"ru":"<p>Без заголовка</p>"},"sponsors":["nobody"],
         "area":"%s","rule":"most","quorum":0}""".formatted("a".repeat(201)));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "titles.xx", "titles.en", "texts.ru", "sponsors[0]", "area", "rule", "quorum");
    var emptied = api.call("PATCH", "/api/v1/decisions/" + id, baku, "{\"titles\":{\"az\":null,\"en\":null}}");
    assertThat(emptied.status()).isEqualTo(422);
    assertThat(emptied.json().get("errors").findValuesAsText("field")).containsExactly("titles");
    assertThat(api.call("PATCH", "/api/v1/decisions/" + id, baku, "{\"colour\":\"red\"}").status()).isEqualTo(400);
    assertThat(api.get("/api/v1/decisions/" + id, baku).body()).isEqualTo(before);
    assertThat(latestOutboxId()).isEqualTo(outbox);
  }

  @Test
  void onlyTheProposersAdminsAndRepresentativesChangeOrDeleteAProposal() {
    long id = propose();
    // A draft is the proposer's own: to everyone else it does not exist.
    assertThat(api.call("PATCH", "/api/v1/decisions/" + id, istanbul, "{\"area\":\"x\"}").status()).isEqualTo(404);
    assertThat(api.call("DELETE", "/api/v1/decisions/" + id, istanbul, null).status()).isEqualTo(404);
    assertThat(api.call("PATCH", "/api/v1/decisions/" + id, null, "{\"area\":\"x\"}").status()).isEqualTo(401);
    assertThat(api.call("PATCH", "/api/v1/decisions/" + id, bakuEditor, "{\"area\":\"x\"}").status()).isEqualTo(404);
    assertThat(api.post("/api/v1/decisions/" + id + "/discussion", baku, null).status()).isEqualTo(200);
    // In discussion everybody reads it; only the proposer's admins and representatives change it.
    assertThat(api.call("PATCH", "/api/v1/decisions/" + id, bakuEditor, "{\"area\":\"x\"}").status()).isEqualTo(403);
    assertThat(api.call("PATCH", "/api/v1/decisions/" + id, istanbul, "{\"area\":\"x\"}").status()).isEqualTo(403);
    assertThat(api.call("DELETE", "/api/v1/decisions/" + id, istanbul, null).status()).isEqualTo(403);
    assertThat(api.call("DELETE", "/api/v1/decisions/" + id, baku, null).status()).isEqualTo(409);

    long draft = propose();
    assertThat(api.call("DELETE", "/api/v1/decisions/" + draft, baku, null).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/decisions/" + draft, baku).status()).isEqualTo(404);
    AuditLog.Entry entry = newestAudit(BAKU);
    assertThat(entry.action()).isEqualTo("decision.deleted");
    assertThat(entry.before()).contains("Arxivlər");
    assertThat(entry.after()).isEmpty();
  }

  @Test
  void theDrafterRewritesAStatementBeforePublicationAndNewWordsWithdrawCoSignatures() {
    var drafted = api.post("/api/v1/statements", baku, """
        {"organization":"%s","slug":"archives-statement","titles":{"en":"Open the archives"},
         "texts":{"en":"<p>Now.</p>"},"invite":["%s"],"deadline":"2026-06-01T00:00:00Z"}""".formatted(BAKU, ISTANBUL));
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    long id = drafted.json().get("id").asLong();
    String path = "/api/v1/statements/" + id;
    assertThat(api.post(path + "/signatures", istanbul, "{\"organization\":\"%s\"}".formatted(ISTANBUL)).status())
        .isEqualTo(200);

    assertThat(api.call("PATCH", path, istanbul, "{\"deadline\":\"2026-07-01T00:00:00Z\"}").status()).isEqualTo(403);
    assertThat(api.call("PATCH", path, houston, "{\"deadline\":\"2026-07-01T00:00:00Z\"}").status()).isEqualTo(404);
    assertThat(api.call("DELETE", path, istanbul, null).status()).isEqualTo(403);

    long outbox = latestOutboxId();
    var invalid = api.call("PATCH", path, baku, """
        {"titles":{"fr":"Ouvrez"},"texts":{"tr":"<p>Şimdi.</p>"},"deadline":"2020-01-01T00:00:00Z"}""");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("titles.fr", "texts.tr", "deadline");
    assertThat(latestOutboxId()).isEqualTo(outbox);

    var later = api.call("PATCH", path, baku, "{\"deadline\":\"2026-07-01T00:00:00Z\"}");
    assertThat(later.status()).isEqualTo(200);
    assertThat(later.json().get("deadline").asText()).isEqualTo("2026-07-01T00:00Z");
    assertThat(later.json().get("signatories").findValuesAsText("organization")).containsExactly(BAKU, ISTANBUL);

    var reworded = api.call("PATCH", path, baku, "{\"titles\":{\"tr\":\"Arşivleri açın\"},\"texts\":{\"en\":\"<p>Today.</p>\"}}");
    assertThat(reworded.status()).isEqualTo(200);
    assertThat(reworded.json().get("titles").get("tr").asText()).isEqualTo("Arşivleri açın");
    assertThat(reworded.json().get("texts").get("en").asText()).isEqualTo("<p>Today.</p>");
    assertThat(reworded.json().get("signatories").findValuesAsText("organization")).containsExactly(BAKU);
    assertThat(reworded.json().get("slug").asText()).isEqualTo("archives-statement");
    AuditLog.Entry entry = newestAudit(BAKU);
    assertThat(entry.action()).isEqualTo("statement.edited");
    assertThat(entry.before()).contains("<p>Now.</p>");
    assertThat(entry.after()).contains("<p>Today.</p>");

    assertThat(api.post(path + "/publish", baku, null).status()).isEqualTo(200);
    assertThat(api.call("PATCH", path, baku, "{\"deadline\":\"2026-08-01T00:00:00Z\"}").status()).isEqualTo(409);
    assertThat(api.call("DELETE", path, baku, null).status()).isEqualTo(409);
  }

  @Test
  void anUnpublishedStatementCanBeDeletedAndIsGone() {
    var drafted = api.post("/api/v1/statements", baku, """
        {"organization":"%s","slug":"withdrawn","titles":{"en":"Withdrawn"},"invite":[],
         "deadline":"2026-06-01T00:00:00Z"}""".formatted(BAKU));
    long id = drafted.json().get("id").asLong();
    assertThat(api.call("DELETE", "/api/v1/statements/" + id, baku, null).status()).isEqualTo(204);
    assertThat(api.get("/api/v1/statements/" + id, baku).status()).isEqualTo(404);
    assertThat(newestOutboxKind()).isEqualTo("statement.deleted");
    assertThat(newestAudit(BAKU).after()).isEmpty();
  }

  @Test
  void theOpenApiDocumentDescribesTheEditsAndDeletions() {
    JsonNode paths = api.get("/api/v1/openapi.json", null).json().get("paths");
    for (String path : List.of("/api/v1/decisions/{id}", "/api/v1/statements/{id}")) {
      assertThat(paths.get(path).has("patch")).as(path).isTrue();
      assertThat(paths.get(path).has("delete")).as(path).isTrue();
      assertThat(paths.get(path).get("patch").get("responses").has("409")).isTrue();
      assertThat(paths.get(path).get("patch").get("responses").has("422")).isTrue();
    }
    JsonNode schemas = api.get("/api/v1/openapi.json", null).json().get("components").get("schemas");
    assertThat(schemas.has("ProposalEdit")).isTrue();
    assertThat(schemas.has("StatementEdit")).isTrue();
  }

  private static long propose() {
    var proposal = api.post("/api/v1/decisions", baku, """
        {"proposer":"%s","sponsors":["%s"],"titles":{"az":"Arxivlər","en":"Archives"},
         "texts":{"en":"<p>Keep the papers.</p>"}}""".formatted(BAKU, ISTANBUL));
    assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
    return proposal.json().get("id").asLong();
  }

  private static AuditLog.Entry newestAudit(String organization) {
    long id = site.ortaq().services().organizations().findBySlug(organization).orElseThrow().id();
    return site.ortaq().database().read(handle -> site.ortaq().services().audit().newest(handle, id, 1)).get(0);
  }

  private static long latestOutboxId() {
    return site.ortaq().database().read(handle -> site.ortaq().services().changes().latest(handle));
  }

  private static String newestOutboxKind() {
    long latest = latestOutboxId();
    return site.ortaq().database().read(handle -> site.ortaq().services().changes().since(handle, latest - 1, 1))
        .get(0).kind();
  }
}
