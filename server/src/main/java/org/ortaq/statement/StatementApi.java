package org.ortaq.statement;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.NotFound;
import org.ortaq.organization.OrganizationService;
import org.ortaq.web.Bearer;
import org.ortaq.web.Json;
import org.ortaq.web.OpenApi;
import org.ortaq.web.Routes;

/** {@code /api/v1/statements}: joint statements, invitations and signatures as JSON. */
public final class StatementApi implements Routes {
  private static final Map<String, Object> STRING = Map.of("type", "string");
  private static final Map<String, Object> STRINGS = Map.of("type", "array", "items", STRING);
  private static final Map<String, Object> TEXTS = Map.of("type", "object",
      "description", "language code (az, tr, en, ru) → text", "additionalProperties", STRING);

  private final StatementService statements;
  private final OrganizationService organizations;
  private final OpenApi openApi;

  public StatementApi(StatementService statements, OrganizationService organizations, OpenApi openApi) {
    this.statements = statements;
    this.organizations = organizations;
    this.openApi = openApi;
    openApi.schema("Statement", Map.of("type", "object", "properties", Map.ofEntries(
        Map.entry("id", Map.of("type", "integer")), Map.entry("slug", STRING), Map.entry("organization", STRING),
        Map.entry("status", Map.of("type", "string", "enum", List.of("signing", "published"))),
        Map.entry("titles", TEXTS), Map.entry("texts", TEXTS), Map.entry("deadline", STRING),
        Map.entry("published_at", Map.of("type", List.of("string", "null"))), Map.entry("invited", STRINGS),
        Map.entry("signatories", Map.of("type", "array", "items", Map.of("type", "object", "properties",
            Map.of("organization", STRING, "signed_at", STRING, "signed_by", STRING)))),
        Map.entry("url", STRING))));
    openApi.schema("StatementList", Map.of("type", "object", "properties",
        Map.of("items", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Statement")))));
    openApi.schema("StatementInput", Map.of("type", "object", "additionalProperties", false, "properties", Map.of(
        "organization", STRING, "slug", STRING, "titles", TEXTS, "texts", TEXTS, "invite", STRINGS,
        "deadline", Map.of("type", "string", "format", "date-time"))));
    openApi.schema("StatementEdit", Map.of("type", "object", "additionalProperties", false,
        "description", "a JSON merge patch (RFC 7396): absent fields stay; new words withdraw the co-signatures",
        "properties", Map.of(
            "titles", Map.of("type", "object", "description", "language code → title; null removes the language",
                "additionalProperties", Map.of("type", List.of("string", "null"))),
            "texts", Map.of("type", "object", "description", "language code → text (HTML, sanitized); null empties it",
                "additionalProperties", Map.of("type", List.of("string", "null"))),
            "deadline", Map.of("type", "string", "format", "date-time"))));
    openApi.schema("InvitationInput", Map.of("type", "object", "additionalProperties", false,
        "properties", Map.of("organizations", STRINGS)));
    openApi.schema("SignatureInput", Map.of("type", "object", "additionalProperties", false,
        "properties", Map.of("organization", STRING)));
  }

  @Override
  public void mount(RoutesConfig routes) {
    String tag = "statements";
    openApi.on(routes)
        .get("/api/v1/statements", OpenApi.operation(
                "List published statements (and those open for signing to the organizations invited)", tag)
            .returns(200, "the statements", "StatementList"), this::list)
        .get("/api/v1/statements/{id}", OpenApi.operation("Get a statement by id or slug", tag)
            .returns(200, "the statement", "Statement").returns(404, "no such statement", "Problem"), this::show)
        .post("/api/v1/statements", OpenApi.operation(
                "Draft a statement for an organization (its admin or representative), invite co-signers until a deadline", tag)
            .requestBody("StatementInput").returns(201, "open for signing", "Statement")
            .returns(422, "invalid fields", "Problem").secured(), this::draft)
        .patch("/api/v1/statements/{id}", OpenApi.operation(
                "Change the texts or the deadline before publication (the drafter); new words withdraw co-signatures", tag)
            .requestBody("StatementEdit").returns(200, "the changed statement", "Statement")
            .returns(404, "no such statement", "Problem").returns(409, "already published", "Problem")
            .returns(422, "invalid fields, nothing changed", "Problem").secured(), this::edit)
        .delete("/api/v1/statements/{id}", OpenApi.operation("Delete a statement that is not published (the drafter)", tag)
            .returns(204, "deleted", "").returns(404, "no such statement", "Problem")
            .returns(409, "already published", "Problem").secured(), this::delete)
        .post("/api/v1/statements/{id}/invitations", OpenApi.operation("Invite more organizations (the drafter)", tag)
            .requestBody("InvitationInput").returns(200, "the statement", "Statement").secured(), this::invite)
        .post("/api/v1/statements/{id}/signatures", OpenApi.operation(
                "Sign for an invited organization (its admin or representative) before the deadline", tag)
            .requestBody("SignatureInput").returns(200, "the statement", "Statement")
            .returns(409, "published or past the deadline", "Problem").secured(), this::sign)
        .post("/api/v1/statements/{id}/publish", OpenApi.operation("Publish with every organization that signed (the drafter)", tag)
            .returns(200, "published", "Statement").returns(409, "already published", "Problem").secured(), this::publish);
  }

  private void list(Context ctx) {
    Actor actor = Bearer.actor(ctx);
    Json.write(ctx, 200, Map.of("items", statements.all().stream().filter(s -> visible(actor, s)).map(this::json).toList()));
  }

  private void show(Context ctx) {
    Json.write(ctx, 200, json(find(ctx, Bearer.actor(ctx))));
  }

  private void draft(Context ctx) {
    Statement created = statements.draft(Bearer.requireActor(ctx), Json.read(ctx, StatementInput.Draft.class));
    ctx.header("Location", "/api/v1/statements/" + created.id());
    Json.write(ctx, 201, json(created));
  }

  private void edit(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    Statement statement = find(ctx, actor);
    Json.write(ctx, 200, json(statements.edit(actor, statement.id(), Json.read(ctx, StatementInput.Edit.class))));
  }

  private void delete(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    statements.delete(actor, find(ctx, actor).id());
    ctx.status(204);
  }

  private void invite(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    Statement statement = find(ctx, actor);
    Json.write(ctx, 200, json(statements.invite(actor, statement.id(), Json.read(ctx, StatementInput.Invitation.class))));
  }

  private void sign(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    Statement statement = find(ctx, actor);
    Json.write(ctx, 200, json(statements.sign(actor, statement.id(), Json.read(ctx, StatementInput.Signature.class))));
  }

  private void publish(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    Json.write(ctx, 200, json(statements.publish(actor, find(ctx, actor).id())));
  }

  private Statement find(Context ctx, Actor actor) {
    String key = ctx.pathParam("id");
    Optional<Statement> found = key.matches("\\d{1,18}") ? statements.find(Long.parseLong(key)) : statements.findBySlug(key);
    return found.filter(s -> visible(actor, s)).orElseThrow(() -> new NotFound("statement", key));
  }

  /** A statement open for signing is seen by the organizations invited to it. */
  private static boolean visible(Actor actor, Statement statement) {
    return statement.published() || statement.signatories().stream()
        .anyMatch(s -> actor.has(s.organizationId(), Role.ADMIN, Role.REPRESENTATIVE, Role.EDITOR));
  }

  private Map<String, Object> json(Statement statement) {
    var titles = new LinkedHashMap<String, String>();
    var texts = new LinkedHashMap<String, String>();
    statement.texts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      titles.put(e.getKey().code(), e.getValue().title());
      texts.put(e.getKey().code(), e.getValue().body());
    });
    var json = new LinkedHashMap<String, Object>();
    json.put("id", statement.id());
    json.put("slug", statement.slug());
    json.put("organization", organizations.require(statement.authorId()).slug());
    json.put("status", statement.published() ? "published" : "signing");
    json.put("titles", titles);
    json.put("texts", texts);
    json.put("deadline", statement.deadline().atOffset(ZoneOffset.UTC).toString());
    json.put("published_at", statement.publishedAt().map(i -> i.atOffset(ZoneOffset.UTC).toString()).orElse(null));
    json.put("invited", statement.signatories().stream().map(s -> organizations.require(s.organizationId()).slug()).toList());
    json.put("signatories", statement.signed().stream().map(s -> Map.of(
        "organization", organizations.require(s.organizationId()).slug(),
        "signed_at", Instant.ofEpochMilli(s.signedAtMillis()).atOffset(ZoneOffset.UTC).toString(),
        "signed_by", s.signedBy())).toList());
    json.put("url", statement.path(org.ortaq.text.Language.AZ));
    return json;
  }
}
