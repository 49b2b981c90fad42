package org.ortaq.decision;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ortaq.organization.Organization;
import org.ortaq.web.OpenApi;

/** Decisions, ballots, comments and action items as JSON, and their OpenAPI schemas. */
final class DecisionJson {
  private static final Map<String, Object> STRING = Map.of("type", "string");
  private static final Map<String, Object> INTEGER = Map.of("type", "integer");
  private static final Map<String, Object> TEXTS = Map.of("type", "object",
      "description", "language code (az, tr, en, ru) → text", "additionalProperties", STRING);

  private final Function<Long, Organization> organizations;

  DecisionJson(Function<Long, Organization> organizations) {
    this.organizations = organizations;
  }

  Map<String, Object> summary(Decision decision) {
    var titles = new LinkedHashMap<String, String>();
    var texts = new LinkedHashMap<String, String>();
    decision.texts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      titles.put(e.getKey().code(), e.getValue().title());
      texts.put(e.getKey().code(), e.getValue().body());
    });
    var json = new LinkedHashMap<String, Object>();
    json.put("id", decision.id());
    json.put("number", decision.number());
    json.put("status", decision.status().code());
    json.put("titles", titles);
    json.put("texts", texts);
    json.put("proposer", slug(decision.proposerId()));
    json.put("sponsors", decision.sponsorIds().stream().map(this::slug).toList());
    json.put("area", decision.area());
    json.put("rule", decision.rule().code());
    json.put("quorum", decision.quorum());
    json.put("voting_closes_at", decision.closesAt().map(i -> i.atOffset(ZoneOffset.UTC).toString()).orElse(null));
    var tally = decision.tally();
    json.put("result", Map.of("yes", tally.yes(), "no", tally.no(), "abstain", tally.abstain(),
        "cast", tally.cast(), "eligible", tally.eligible()));
    json.put("url", "/az/decisions/" + decision.id());
    return json;
  }

  Map<String, Object> full(Decision decision, List<Ballot> ballots, List<Comment> comments, List<ActionItem> actions) {
    var json = summary(decision);
    json.put("ballots", ballots.stream().map(this::of).toList());
    json.put("comments", comments.stream().map(this::of).toList());
    json.put("actions", actions.stream().map(this::of).toList());
    return json;
  }

  Map<String, Object> of(Ballot ballot) {
    return Map.of("organization", slug(ballot.organizationId()), "choice", ballot.choice().code(),
        "statement", ballot.statement(), "cast_at", ballot.castAt().atOffset(ZoneOffset.UTC).toString());
  }

  Map<String, Object> of(Comment comment) {
    return Map.of("id", comment.id(), "organization", slug(comment.organizationId()), "author", comment.author(),
        "body", comment.body(), "created_at", comment.createdAt().atOffset(ZoneOffset.UTC).toString());
  }

  Map<String, Object> of(ActionItem action) {
    var json = new LinkedHashMap<String, Object>();
    json.put("id", action.id());
    json.put("decision", action.decisionId());
    json.put("owner", slug(action.ownerId()));
    json.put("title", action.title());
    json.put("due_on", action.dueOn().toString());
    json.put("status", action.status().code());
    json.put("notes", action.notes().stream().map(note -> Map.of("author", note.author(), "body", note.body(),
        "created_at", note.createdAt().atOffset(ZoneOffset.UTC).toString())).toList());
    return json;
  }

  private String slug(long organization) {
    return organizations.apply(organization).slug();
  }

  static void schemas(OpenApi openApi) {
    openApi.schema("Decision", Map.of("type", "object", "properties", Map.ofEntries(
        Map.entry("id", INTEGER), Map.entry("number", Map.of("type", "string", "description", "register number such as 2026/7, empty before adoption")),
        Map.entry("status", Map.of("type", "string", "enum", List.of("draft", "discussion", "voting", "adopted", "rejected", "implementing", "implemented"))),
        Map.entry("titles", TEXTS), Map.entry("texts", TEXTS), Map.entry("proposer", STRING),
        Map.entry("sponsors", Map.of("type", "array", "items", STRING)), Map.entry("area", STRING),
        Map.entry("rule", Map.of("type", "string", "enum", List.of("majority", "two_thirds", "consensus"))),
        Map.entry("quorum", INTEGER), Map.entry("voting_closes_at", Map.of("type", List.of("string", "null"))),
        Map.entry("result", Map.of("type", "object", "properties", Map.of("yes", INTEGER, "no", INTEGER,
            "abstain", INTEGER, "cast", INTEGER, "eligible", INTEGER))),
        Map.entry("ballots", Map.of("type", "array", "items", Map.of("type", "object"))),
        Map.entry("comments", Map.of("type", "array", "items", Map.of("type", "object"))),
        Map.entry("actions", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/ActionItem"))),
        Map.entry("url", STRING))));
    openApi.schema("DecisionList", Map.of("type", "object", "properties",
        Map.of("items", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Decision")))));
    openApi.schema("ProposalInput", Map.of("type", "object", "additionalProperties", false, "properties", Map.of(
        "proposer", STRING, "sponsors", Map.of("type", "array", "items", STRING), "area", STRING, "titles", TEXTS,
        "texts", TEXTS, "rule", Map.of("type", "string", "enum", List.of("majority", "two_thirds", "consensus")),
        "quorum", INTEGER)));
    openApi.schema("ProposalEdit", Map.of("type", "object", "additionalProperties", false,
        "description", "a JSON merge patch (RFC 7396): absent fields stay, sponsors replaces the list", "properties", Map.of(
        "sponsors", Map.of("type", "array", "items", STRING), "area", STRING,
        "titles", Map.of("type", "object", "description", "language code → title; null removes the language",
            "additionalProperties", Map.of("type", List.of("string", "null"))),
        "texts", Map.of("type", "object", "description", "language code → text (HTML, sanitized); null empties it",
            "additionalProperties", Map.of("type", List.of("string", "null"))),
        "rule", Map.of("type", "string", "enum", List.of("majority", "two_thirds", "consensus")), "quorum", INTEGER)));
    openApi.schema("VotingInput", Map.of("type", "object", "additionalProperties", false,
        "properties", Map.of("closes_at", Map.of("type", "string", "format", "date-time"))));
    openApi.schema("BallotInput", Map.of("type", "object", "additionalProperties", false, "properties", Map.of(
        "organization", STRING, "choice", Map.of("type", "string", "enum", List.of("yes", "no", "abstain")),
        "statement", STRING)));
    openApi.schema("CommentInput", Map.of("type", "object", "additionalProperties", false,
        "properties", Map.of("organization", STRING, "body", STRING)));
    openApi.schema("Comment", Map.of("type", "object", "properties", Map.of("id", INTEGER, "organization", STRING,
        "author", STRING, "body", STRING, "created_at", STRING)));
    openApi.schema("ActionInput", Map.of("type", "object", "additionalProperties", false,
        "properties", Map.of("owner", STRING, "title", STRING, "due_on", Map.of("type", "string", "format", "date"))));
    openApi.schema("ProgressInput", Map.of("type", "object", "additionalProperties", false, "properties", Map.of(
        "status", Map.of("type", "string", "enum", List.of("open", "in_progress", "done")), "note", STRING)));
    openApi.schema("ActionItem", Map.of("type", "object", "properties", Map.of("id", INTEGER, "decision", INTEGER,
        "owner", STRING, "title", STRING, "due_on", STRING, "status", STRING,
        "notes", Map.of("type", "array", "items", Map.of("type", "object")))));
  }
}
