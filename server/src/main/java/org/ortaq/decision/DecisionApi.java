package org.ortaq.decision;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.NotFound;
import org.ortaq.organization.OrganizationService;
import org.ortaq.web.Bearer;
import org.ortaq.web.Json;
import org.ortaq.web.OpenApi;
import org.ortaq.web.Routes;

/** {@code /api/v1/decisions} and {@code /api/v1/actions}: joint decisions as JSON. */
public final class DecisionApi implements Routes {
  private final DecisionService decisions;
  private final OpenApi openApi;
  private final DecisionJson json;

  public DecisionApi(DecisionService decisions, OrganizationService organizations, OpenApi openApi) {
    this.decisions = decisions;
    this.openApi = openApi;
    this.json = new DecisionJson(organizations::require);
    DecisionJson.schemas(openApi);
  }

  @Override
  public void mount(RoutesConfig routes) {
    String tag = "decisions";
    openApi.on(routes)
        .get("/api/v1/decisions", OpenApi.operation("List decisions past draft (drafts too for their proposer), newest first", tag)
            .returns(200, "the decisions", "DecisionList"), this::list)
        .get("/api/v1/decisions/{id}", OpenApi.operation("Get a decision with its result, ballots, comments and action items", tag)
            .returns(200, "the decision", "Decision").returns(404, "no such decision", "Problem"), this::show)
        .post("/api/v1/decisions", OpenApi.operation("Propose a decision (an admin or representative of the proposer)", tag)
            .requestBody("ProposalInput").returns(201, "the draft", "Decision").returns(422, "invalid fields", "Problem")
            .secured(), this::propose)
        .patch("/api/v1/decisions/{id}", OpenApi.operation(
                "Change a proposal in draft or discussion (an admin or representative of the proposer)", tag)
            .requestBody("ProposalEdit").returns(200, "the changed decision", "Decision")
            .returns(404, "no such decision", "Problem").returns(409, "voting has opened", "Problem")
            .returns(422, "invalid fields, nothing changed", "Problem").secured(), this::edit)
        .delete("/api/v1/decisions/{id}", OpenApi.operation("Delete a draft (an admin or representative of the proposer)", tag)
            .returns(204, "deleted", "").returns(404, "no such decision", "Problem")
            .returns(409, "not a draft", "Problem").secured(), this::delete)
        .post("/api/v1/decisions/{id}/discussion", OpenApi.operation("Open a draft for discussion (the proposer)", tag)
            .returns(200, "in discussion", "Decision").returns(409, "not a draft", "Problem").secured(), this::discussion)
        .post("/api/v1/decisions/{id}/comments", OpenApi.operation(
                "Comment for an organization (its admin or representative; members, observers and partners)", tag)
            .requestBody("CommentInput").returns(201, "the comment", "Comment")
            .returns(409, "not in discussion or voting", "Problem").secured(), this::comment)
        .post("/api/v1/decisions/{id}/voting", OpenApi.operation("Open the vote until closes_at (the proposer)", tag)
            .requestBody("VotingInput").returns(200, "voting", "Decision").returns(409, "already voted on", "Problem")
            .returns(422, "closes_at missing or past", "Problem").secured(), this::voting)
        .post("/api/v1/decisions/{id}/ballots", OpenApi.operation(
                "Cast (or replace) a member organization's ballot through its representative", tag)
            .requestBody("BallotInput").returns(200, "the decision with its updated result", "Decision")
            .returns(409, "the voting window is closed", "Problem").secured(), this::ballot)
        .post("/api/v1/decisions/{id}/actions", OpenApi.operation("Add an action item to an adopted decision (the proposer)", tag)
            .requestBody("ActionInput").returns(201, "the action item", "ActionItem")
            .returns(409, "the decision is not adopted", "Problem").secured(), this::action)
        .post("/api/v1/actions/{id}/progress", OpenApi.operation(
                "Report progress on an action item (its owner organization or the proposer)", tag)
            .requestBody("ProgressInput").returns(200, "the action item", "ActionItem").secured(), this::progress);
  }

  private void list(Context ctx) {
    Actor actor = Bearer.actor(ctx);
    List<Map<String, Object>> items = decisions.all().stream().filter(d -> visible(actor, d)).map(json::summary).toList();
    Json.write(ctx, 200, Map.of("items", items));
  }

  private void show(Context ctx) {
    Decision decision = visible(Bearer.actor(ctx), id(ctx));
    Json.write(ctx, 200, full(decision));
  }

  private void propose(Context ctx) {
    Decision created = decisions.propose(Bearer.requireActor(ctx), Json.read(ctx, DecisionInput.Proposal.class));
    ctx.header("Location", "/api/v1/decisions/" + created.id());
    Json.write(ctx, 201, full(created));
  }

  private void edit(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    Decision decision = visible(actor, id(ctx));
    Json.write(ctx, 200, full(decisions.edit(actor, decision.id(), Json.read(ctx, DecisionInput.Edit.class))));
  }

  private void delete(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    decisions.delete(actor, visible(actor, id(ctx)).id());
    ctx.status(204);
  }

  private void discussion(Context ctx) {
    Json.write(ctx, 200, full(decisions.openDiscussion(Bearer.requireActor(ctx), id(ctx))));
  }

  private void comment(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    long id = id(ctx);
    Json.write(ctx, 201, json.of(decisions.comment(actor, id, Json.read(ctx, DecisionInput.CommentInput.class))));
  }

  private void voting(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    long id = id(ctx);
    Json.write(ctx, 200, full(decisions.openVoting(actor, id, Json.read(ctx, DecisionInput.Voting.class))));
  }

  private void ballot(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    long id = id(ctx);
    Json.write(ctx, 200, full(decisions.vote(actor, id, Json.read(ctx, DecisionInput.BallotInput.class))));
  }

  private void action(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    long id = id(ctx);
    Json.write(ctx, 201, json.of(decisions.addAction(actor, id, Json.read(ctx, DecisionInput.Action.class))));
  }

  private void progress(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    long id = id(ctx);
    Json.write(ctx, 200, json.of(decisions.progress(actor, id, Json.read(ctx, DecisionInput.Progress.class))));
  }

  private Map<String, Object> full(Decision decision) {
    return json.full(decision, decisions.ballots(decision.id()), decisions.comments(decision.id()),
        decisions.actions(decision.id()));
  }

  private Decision visible(Actor actor, long id) {
    Decision decision = decisions.require(id);
    if (!visible(actor, decision)) {
      throw new NotFound("decision", id);
    }
    return decision;
  }

  /** Drafts are seen by the proposer's admins and representatives only. */
  static boolean visible(Actor actor, Decision decision) {
    return decision.status() != DecisionStatus.DRAFT || actor.has(decision.proposerId(), Role.ADMIN, Role.REPRESENTATIVE);
  }

  private static long id(Context ctx) {
    String value = ctx.pathParam("id");
    if (!value.matches("\\d{1,18}")) {
      throw new NotFound("decision", value);
    }
    return Long.parseLong(value);
  }
}
