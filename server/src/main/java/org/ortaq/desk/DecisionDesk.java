package org.ortaq.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.decision.ActionItem;
import org.ortaq.decision.ActionStatus;
import org.ortaq.decision.Ballot;
import org.ortaq.decision.Choice;
import org.ortaq.decision.Comment;
import org.ortaq.decision.Decision;
import org.ortaq.decision.DecisionInput;
import org.ortaq.decision.DecisionService;
import org.ortaq.decision.DecisionStatus;
import org.ortaq.decision.VotingRule;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.organization.MembershipStatus;
import org.ortaq.organization.Organization;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.web.Routes;

/**
 * The desk's joint decisions: the list, a proposal form, and each decision's page with what the
 * user's organizations may do at its stage — open the discussion, comment, open the vote, cast the
 * ballot, add action items and report their progress. Every action answers with the decision's page
 * again: after a redirect when it worked, with the reason when it was refused.
 */
final class DecisionDesk implements Routes {
  private final DecisionService decisions;
  private final NetworkForms forms;
  private final DeskPage page;

  DecisionDesk(DecisionService decisions, NetworkForms forms) {
    this.decisions = decisions;
    this.forms = forms;
    this.page = forms.page();
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get("/admin/decisions", this::list);
    routes.get("/admin/decisions/new", ctx -> proposalForm(ctx, 200, Map.of(), List.of()));
    routes.post("/admin/decisions", this::propose);
    routes.get("/admin/decisions/{id}", ctx -> show(ctx, visible(ctx), 200, ""));
    routes.post("/admin/decisions/{id}/discussion", ctx -> act(ctx, (actor, id) -> decisions.openDiscussion(actor, id)));
    routes.post("/admin/decisions/{id}/comments", ctx -> act(ctx, (actor, id) -> decisions.comment(actor, id,
        new DecisionInput.CommentInput(ctx.formParam("organization"), ctx.formParam("body")))));
    routes.post("/admin/decisions/{id}/voting", ctx -> act(ctx, (actor, id) -> decisions.openVoting(actor, id,
        new DecisionInput.Voting(NetworkForms.instant(ctx.formParam("closes_at"), proposerZone(id))))));
    routes.post("/admin/decisions/{id}/ballots", ctx -> act(ctx, (actor, id) -> decisions.vote(actor, id,
        new DecisionInput.BallotInput(ctx.formParam("organization"), ctx.formParam("choice"), ctx.formParam("statement")))));
    routes.post("/admin/decisions/{id}/actions", ctx -> act(ctx, (actor, id) -> decisions.addAction(actor, id,
        new DecisionInput.Action(ctx.formParam("owner"), ctx.formParam("title"), ctx.formParam("due_on")))));
    routes.post("/admin/decisions/{id}/actions/{action}/progress", ctx -> act(ctx, (actor, id) -> {
      long action = number(ctx.pathParam("action"));
      if (decisions.actions(id).stream().noneMatch(a -> a.id() == action)) {
        throw new NotFound("action item", action);
      }
      return decisions.progress(actor, action, new DecisionInput.Progress(ctx.formParam("status"), ctx.formParam("note")));
    }));
  }

  private void list(Context ctx) {
    Language l = DeskSession.language(ctx);
    Actor actor = DeskSession.session(ctx).actor();
    var out = new StringBuilder("<h1>").append(page.t(l, "desk_decisions")).append("</h1>");
    if (!forms.speakingFor(actor).isEmpty()) {
      out.append("<p><a class=\"button primary\" href=\"/admin/decisions/new\">").append(page.t(l, "desk_decision_new")).append("</a></p>");
    }
    List<Decision> shown = decisions.all().stream().filter(d -> visible(actor, d)).toList();
    if (shown.isEmpty()) {
      out.append("<p class=\"muted\">").append(page.t(l, "desk_nothing")).append("</p>");
    } else {
      out.append("<div class=\"table\"><table><thead><tr><th>").append(page.t(l, "desk_title")).append("</th><th>")
          .append(page.t(l, "desk_decision_proposer")).append("</th><th>").append(page.t(l, "desk_status")).append("</th><th>")
          .append(page.t(l, "desk_decision_tally")).append("</th></tr></thead><tbody>");
      for (Decision decision : shown) {
        Decision.Tally tally = decision.tally();
        out.append("<tr><td>").append(decision.number().isEmpty() ? "" : "<b>" + Html.escape(decision.number()) + "</b> ")
            .append("<a href=\"/admin/decisions/").append(decision.id()).append("\">").append(Html.escape(decision.title(l)))
            .append("</a></td><td>").append(forms.name(l, decision.proposerId())).append("</td><td>")
            .append(forms.badge(l, "decision_status_", decision.status().code())).append("</td><td>")
            .append(decision.closesAt().isEmpty() ? "—" : tally.yes() + " / " + tally.no() + " / " + tally.abstain())
            .append("</td></tr>");
      }
      out.append("</tbody></table></div>");
    }
    page.render(ctx, 200, page.messages().get(l, "desk_decisions"), "", out.toString(), "");
  }

  private void proposalForm(Context ctx, int status, Map<String, String> typed, List<Invalid.FieldError> errors) {
    Language l = DeskSession.language(ctx);
    Actor actor = DeskSession.session(ctx).actor();
    List<Organization> mine = forms.speakingFor(actor);
    if (mine.isEmpty()) {
      throw new org.ortaq.error.Forbidden("only an organization's admin or representative proposes decisions");
    }
    List<String> sponsors = ctx.formParams("sponsors");
    var out = new StringBuilder("<h1>").append(page.t(l, "desk_decision_new")).append("</h1>").append(page.errors(l, errors))
        .append("<form method=\"post\" action=\"/admin/decisions\" class=\"network-form\">").append(DeskPage.csrf(DeskSession.session(ctx)))
        .append("<div class=\"row\">").append(forms.select(l, "proposer", "desk_decision_proposer", mine, typed.getOrDefault("proposer", "")))
        .append("<label>").append(page.t(l, "desk_decision_area")).append("<input name=\"area\" maxlength=\"200\" value=\"")
        .append(Html.escape(typed.getOrDefault("area", ""))).append("\"></label></div>")
        .append(forms.texts(l, NetworkForms.titles(ctx), NetworkForms.bodies(ctx)))
        .append(forms.checks(l, "sponsors", "desk_decision_sponsors", forms.all(), sponsors))
        .append("<div class=\"row\"><label>").append(page.t(l, "desk_decision_rule")).append("<select name=\"rule\">");
    for (VotingRule rule : VotingRule.values()) {
      out.append("<option value=\"").append(rule.code()).append('"').append(rule.code().equals(typed.get("rule")) ? " selected" : "")
          .append('>').append(Html.escape(page.messages().get(l, "decision_rule_" + rule.code()))).append("</option>");
    }
    out.append("</select></label><label>").append(page.t(l, "desk_decision_quorum"))
        .append("<input type=\"number\" name=\"quorum\" min=\"1\" max=\"10000\" required value=\"")
        .append(Html.escape(typed.getOrDefault("quorum", "2"))).append("\"></label></div>")
        .append("<button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_decision_propose")).append("</button></form>");
    page.render(ctx, status, page.messages().get(l, "desk_decision_new"), "", out.toString(), "");
  }

  private void propose(Context ctx) {
    Actor actor = DeskSession.session(ctx).actor();
    Map<String, String> typed = Map.of("proposer", NetworkForms.param(ctx, "proposer"), "area", NetworkForms.param(ctx, "area"),
        "rule", NetworkForms.param(ctx, "rule"), "quorum", NetworkForms.param(ctx, "quorum"));
    try {
      Integer quorum = NetworkForms.param(ctx, "quorum").matches("\\d{1,5}") ? Integer.valueOf(NetworkForms.param(ctx, "quorum")) : Integer.valueOf(0);
      Decision created = decisions.propose(actor, new DecisionInput.Proposal(NetworkForms.param(ctx, "proposer"), ctx.formParams("sponsors"),
          NetworkForms.param(ctx, "area"), NetworkForms.titles(ctx), NetworkForms.html(NetworkForms.bodies(ctx)), NetworkForms.param(ctx, "rule"), quorum));
      ctx.redirect("/admin/decisions/" + created.id() + "?done=1");
    } catch (Invalid e) {
      proposalForm(ctx, 422, typed, e.errors());
    }
  }

  /** Runs one action on the decision of the path; its page follows, with the reason when it was refused. */
  private void act(Context ctx, NetworkForms.Action action) {
    long id = visible(ctx).id();
    forms.act(ctx, id, "/admin/decisions/" + id, action, (status, refusal) -> show(ctx, decisions.require(id), status, refusal));
  }

  private void show(Context ctx, Decision decision, int status, String refusal) {
    Language l = DeskSession.language(ctx);
    Actor actor = DeskSession.session(ctx).actor();
    String csrf = DeskPage.csrf(DeskSession.session(ctx));
    String base = "/admin/decisions/" + decision.id();
    String notice = ctx.queryParam("done") != null && refusal.isEmpty() ? page.messages().get(l, "desk_saved") : "";
    var out = new StringBuilder(refusal).append("<h1>")
        .append(decision.number().isEmpty() ? "" : Html.escape(page.messages().get(l, "decision_number") + " " + decision.number()) + ": ")
        .append(Html.escape(decision.title(l))).append("</h1><p>").append(forms.badge(l, "decision_status_", decision.status().code()));
    if (decision.status() != DecisionStatus.DRAFT) {
      out.append(" <a href=\"").append(Html.escape(decision.path(l))).append("\">").append(page.t(l, "desk_view_public")).append("</a>");
    }
    out.append("</p><div class=\"editor-layout\"><div><section class=\"panel\"><dl class=\"facts\">")
        .append(fact(l, "desk_decision_proposer", forms.link(l, decision.proposerId())));
    if (!decision.sponsorIds().isEmpty()) {
      out.append(fact(l, "desk_decision_sponsors", String.join(", ", decision.sponsorIds().stream().map(s -> forms.link(l, s)).toList())));
    }
    if (!decision.area().isEmpty()) {
      out.append(fact(l, "desk_decision_area", Html.escape(decision.area())));
    }
    out.append(fact(l, "desk_decision_rule", Html.escape(page.messages().get(l, "decision_rule_" + decision.rule().code()))))
        .append(fact(l, "desk_decision_quorum", Integer.toString(decision.quorum())));
    ZoneId zone = proposerZone(decision.id());
    decision.closesAt().ifPresent(closes -> {
      Decision.Tally tally = decision.tally();
      out.append(fact(l, "decision_voting_closes", Html.escape(NetworkForms.shown(closes, zone))))
          .append(fact(l, "desk_decision_tally", page.t(l, "decision_yes") + " " + tally.yes() + " · " + page.t(l, "decision_no") + " "
              + tally.no() + " · " + page.t(l, "decision_abstain") + " " + tally.abstain() + " (" + tally.cast() + " / " + tally.eligible() + ")"));
    });
    out.append("</dl><div class=\"network-text\">").append(decision.text(l).body()).append("</div></section>");
    ballots(l, decision, out);
    comments(l, decision, out);
    actionItems(l, actor, decision, csrf, base, out);
    out.append("</div><aside class=\"side\">");
    stageForms(l, actor, decision, csrf, base, zone, out);
    out.append("</aside></div>");
    page.render(ctx, status, decision.title(l), notice, out.toString(), "");
  }

  /** What the user's organizations may do at the decision's stage. */
  private void stageForms(Language l, Actor actor, Decision decision, String csrf, String base, ZoneId zone, StringBuilder out) {
    boolean proposer = actor.has(decision.proposerId(), Role.ADMIN, Role.REPRESENTATIVE);
    DecisionStatus status = decision.status();
    if (proposer && status == DecisionStatus.DRAFT) {
      out.append("<section class=\"panel\"><form method=\"post\" action=\"").append(base).append("/discussion\">").append(csrf)
          .append("<button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_decision_open_discussion")).append("</button></form></section>");
    }
    if (proposer && (status == DecisionStatus.DRAFT || status == DecisionStatus.DISCUSSION)) {
      String suggested = NetworkForms.local(decisions.now().plus(java.time.Duration.ofDays(7)), zone);
      out.append("<section class=\"panel\"><h2>").append(page.t(l, "desk_decision_open_voting")).append("</h2><form method=\"post\" action=\"")
          .append(base).append("/voting\">").append(csrf).append("<label>").append(page.t(l, "decision_voting_closes"))
          .append(" <span class=\"muted\">").append(Html.escape(zone.getId())).append("</span><input type=\"datetime-local\" name=\"closes_at\" required value=\"")
          .append(suggested).append("\"></label><button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_decision_open_voting"))
          .append("</button></form></section>");
    }
    List<Organization> voters = forms.representing(actor).stream().filter(o -> o.status() == MembershipStatus.MEMBER).toList();
    if (status == DecisionStatus.VOTING && !voters.isEmpty()) {
      List<Ballot> ballots = decisions.ballots(decision.id());
      out.append("<section class=\"panel ballot-form\"><h2>").append(page.t(l, "desk_decision_ballot")).append("</h2>");
      for (Organization voter : voters) {
        Optional<Ballot> cast = ballots.stream().filter(b -> b.organizationId() == voter.id()).findFirst();
        out.append("<form method=\"post\" action=\"").append(base).append("/ballots\">").append(csrf)
            .append("<input type=\"hidden\" name=\"organization\" value=\"").append(Html.escape(voter.slug())).append("\"><p><b>")
            .append(Html.escape(voter.name(l))).append("</b>");
        cast.ifPresent(b -> out.append("<br><span class=\"muted\">").append(page.t(l, "desk_decision_cast")).append(": ")
            .append(page.t(l, "decision_" + b.choice().code())).append("</span>"));
        out.append("</p><div class=\"choices\">");
        for (Choice choice : Choice.values()) {
          out.append("<label class=\"check\"><input type=\"radio\" name=\"choice\" required value=\"").append(choice.code()).append('"')
              .append(cast.map(b -> b.choice() == choice).orElse(false) ? " checked" : "").append('>')
              .append(page.t(l, "decision_" + choice.code())).append("</label>");
        }
        out.append("</div><label>").append(page.t(l, "desk_decision_ballot_statement"))
            .append("<textarea name=\"statement\" rows=\"3\" maxlength=\"5000\">").append(Html.escape(cast.map(Ballot::statement).orElse("")))
            .append("</textarea></label><button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_decision_vote"))
            .append("</button></form>");
      }
      out.append("</section>");
    }
    List<Organization> speakers = forms.speakingFor(actor);
    if ((status == DecisionStatus.DISCUSSION || status == DecisionStatus.VOTING) && !speakers.isEmpty()) {
      out.append("<section class=\"panel\"><h2>").append(page.t(l, "desk_decision_comment")).append("</h2><form method=\"post\" action=\"")
          .append(base).append("/comments\">").append(csrf).append(forms.select(l, "organization", "desk_organization", speakers, ""))
          .append("<label>").append(page.t(l, "desk_decision_comment")).append("<textarea name=\"body\" rows=\"4\" required maxlength=\"10000\"></textarea></label>")
          .append("<button type=\"submit\">").append(page.t(l, "desk_decision_send_comment")).append("</button></form></section>");
    }
    if (proposer && status.adopted()) {
      out.append("<section class=\"panel\"><h2>").append(page.t(l, "desk_decision_add_action")).append("</h2><form method=\"post\" action=\"")
          .append(base).append("/actions\">").append(csrf).append("<label>").append(page.t(l, "desk_title"))
          .append("<input name=\"title\" required maxlength=\"500\"></label>")
          .append(forms.select(l, "owner", "action_owner", forms.all(), ""))
          .append("<label>").append(page.t(l, "action_due")).append("<input type=\"date\" name=\"due_on\" required></label>")
          .append("<button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_decision_add_action")).append("</button></form></section>");
    }
  }

  private void ballots(Language l, Decision decision, StringBuilder out) {
    List<Ballot> ballots = decisions.ballots(decision.id());
    if (ballots.isEmpty()) {
      return;
    }
    out.append("<section class=\"panel\"><h2>").append(page.t(l, "decision_ballots")).append("</h2><ul class=\"items ballots\">");
    for (Ballot ballot : ballots) {
      out.append("<li class=\"ballot ballot-").append(ballot.choice().code()).append("\">").append(forms.link(l, ballot.organizationId()))
          .append(": <strong>").append(page.t(l, "decision_" + ballot.choice().code())).append("</strong> <span class=\"muted\">")
          .append(Html.escape(ballot.castBy())).append("</span>");
      if (!ballot.statement().isEmpty()) {
        out.append("<br><q>").append(Html.escape(ballot.statement())).append("</q>");
      }
      out.append("</li>");
    }
    out.append("</ul></section>");
  }

  private void comments(Language l, Decision decision, StringBuilder out) {
    List<Comment> comments = decisions.comments(decision.id());
    if (comments.isEmpty()) {
      return;
    }
    out.append("<section class=\"panel\"><h2>").append(page.t(l, "decision_comments")).append("</h2><ul class=\"items comments\">");
    for (Comment comment : comments) {
      out.append("<li class=\"comment\"><span class=\"muted\">").append(forms.link(l, comment.organizationId())).append(" · ")
          .append(Html.escape(comment.author())).append(" · ").append(Html.escape(NetworkForms.shown(comment.createdAt(), java.time.ZoneOffset.UTC)))
          .append("</span><p>").append(Html.escape(comment.body())).append("</p></li>");
    }
    out.append("</ul></section>");
  }

  private void actionItems(Language l, Actor actor, Decision decision, String csrf, String base, StringBuilder out) {
    if (!decision.status().adopted()) {
      return;
    }
    List<ActionItem> actions = decisions.actions(decision.id());
    out.append("<section class=\"panel\"><h2>").append(page.t(l, "decision_actions")).append("</h2>");
    if (actions.isEmpty()) {
      out.append("<p class=\"muted\">").append(page.t(l, "desk_nothing")).append("</p>");
    }
    for (ActionItem action : actions) {
      out.append("<div class=\"action-item\"><p><b>").append(Html.escape(action.title())).append("</b> ")
          .append(forms.badge(l, "action_status_", action.status().code())).append("<br><span class=\"muted\">")
          .append(page.t(l, "action_owner")).append(": ").append(forms.name(l, action.ownerId())).append(" · ")
          .append(page.t(l, "action_due")).append(": ").append(action.dueOn()).append("</span></p>");
      action.notes().forEach(note -> out.append("<p class=\"note\">").append(Html.escape(note.body())).append(" <small class=\"muted\">— ")
          .append(Html.escape(note.author())).append("</small></p>"));
      boolean reports = actor.has(action.ownerId(), Role.ADMIN, Role.REPRESENTATIVE)
          || actor.has(decision.proposerId(), Role.ADMIN, Role.REPRESENTATIVE);
      if (reports) {
        out.append("<form method=\"post\" action=\"").append(base).append("/actions/").append(action.id()).append("/progress\" class=\"progress-form\">")
            .append(csrf).append("<div class=\"row\"><label>").append(page.t(l, "action_status")).append("<select name=\"status\">");
        for (ActionStatus status : ActionStatus.values()) {
          out.append("<option value=\"").append(status.code()).append('"').append(status == action.status() ? " selected" : "").append('>')
              .append(page.t(l, "action_status_" + status.code())).append("</option>");
        }
        out.append("</select></label><label>").append(page.t(l, "decision_progress"))
            .append("<input name=\"note\" maxlength=\"5000\"></label></div><button type=\"submit\">").append(page.t(l, "desk_save"))
            .append("</button></form>");
      }
      out.append("</div>");
    }
    out.append("</section>");
  }

  private String fact(Language l, String key, String valueHtml) {
    return "<dt>" + page.t(l, key) + "</dt><dd>" + valueHtml + "</dd>";
  }

  private ZoneId proposerZone(long id) {
    return forms.organization(decisions.require(id).proposerId()).timeZone();
  }

  private Decision visible(Context ctx) {
    long id = number(ctx.pathParam("id"));
    Decision decision = decisions.find(id).orElseThrow(() -> new NotFound("decision", id));
    if (!visible(DeskSession.session(ctx).actor(), decision)) {
      throw new NotFound("decision", id);
    }
    return decision;
  }

  /** Drafts are the proposer's alone, as in the API. */
  private static boolean visible(Actor actor, Decision decision) {
    return decision.status() != DecisionStatus.DRAFT
        || actor.has(decision.proposerId(), Role.ADMIN, Role.REPRESENTATIVE);
  }

  private static long number(String value) {
    if (!value.matches("\\d{1,18}")) {
      throw new NotFound("decision", value);
    }
    return Long.parseLong(value);
  }
}
