package org.ortaq.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.statement.Statement;
import org.ortaq.statement.StatementInput;
import org.ortaq.statement.StatementService;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.web.Routes;

/**
 * The desk's joint statements: the list, the drafting form (texts, invited organizations, signing
 * deadline), and each statement's page where invited organizations sign and the drafter invites
 * more and publishes it with every signatory.
 */
final class StatementDesk implements Routes {
  private final StatementService statements;
  private final NetworkForms forms;
  private final DeskPage page;

  StatementDesk(StatementService statements, NetworkForms forms) {
    this.statements = statements;
    this.forms = forms;
    this.page = forms.page();
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get("/admin/statements", this::list);
    routes.get("/admin/statements/new", ctx -> draftForm(ctx, 200, List.of()));
    routes.post("/admin/statements", this::draft);
    routes.get("/admin/statements/{id}", ctx -> show(ctx, visible(ctx), 200, ""));
    routes.post("/admin/statements/{id}/sign", ctx -> act(ctx, (actor, id) ->
        statements.sign(actor, id, new StatementInput.Signature(ctx.formParam("organization")))));
    routes.post("/admin/statements/{id}/invite", ctx -> act(ctx, (actor, id) ->
        statements.invite(actor, id, new StatementInput.Invitation(ctx.formParams("organizations")))));
    routes.post("/admin/statements/{id}/publish", ctx -> act(ctx, statements::publish));
  }

  private void list(Context ctx) {
    Language l = DeskSession.language(ctx);
    Actor actor = DeskSession.session(ctx).actor();
    var out = new StringBuilder("<h1>").append(page.t(l, "desk_statements")).append("</h1>");
    if (!forms.speakingFor(actor).isEmpty()) {
      out.append("<p><a class=\"button primary\" href=\"/admin/statements/new\">").append(page.t(l, "desk_statement_new")).append("</a></p>");
    }
    List<Statement> shown = statements.all().stream().filter(s -> visible(actor, s)).toList();
    if (shown.isEmpty()) {
      out.append("<p class=\"muted\">").append(page.t(l, "desk_nothing")).append("</p>");
    } else {
      out.append("<div class=\"table\"><table><thead><tr><th>").append(page.t(l, "desk_title")).append("</th><th>")
          .append(page.t(l, "desk_statement_drafter")).append("</th><th>").append(page.t(l, "desk_status")).append("</th><th>")
          .append(page.t(l, "statement_signatories")).append("</th></tr></thead><tbody>");
      for (Statement statement : shown) {
        out.append("<tr><td><a href=\"/admin/statements/").append(statement.id()).append("\">").append(Html.escape(statement.title(l)))
            .append("</a></td><td>").append(forms.name(l, statement.authorId())).append("</td><td>").append(status(l, statement))
            .append("</td><td>").append(statement.signed().size()).append(" / ").append(statement.signatories().size()).append("</td></tr>");
      }
      out.append("</tbody></table></div>");
    }
    page.render(ctx, 200, page.messages().get(l, "desk_statements"), "", out.toString(), "");
  }

  private void draftForm(Context ctx, int status, List<Invalid.FieldError> errors) {
    Language l = DeskSession.language(ctx);
    List<Organization> mine = forms.speakingFor(DeskSession.session(ctx).actor());
    if (mine.isEmpty()) {
      throw new Forbidden("only an organization's admin or representative drafts statements");
    }
    String drafter = NetworkForms.param(ctx, "organization");
    ZoneId zone = mine.stream().filter(o -> o.slug().equals(drafter)).findFirst().orElse(mine.get(0)).timeZone();
    String deadline = NetworkForms.param(ctx, "deadline").isEmpty()
        ? NetworkForms.local(statements.now().plus(Duration.ofDays(7)), zone) : NetworkForms.param(ctx, "deadline");
    var out = new StringBuilder("<h1>").append(page.t(l, "desk_statement_new")).append("</h1>").append(page.errors(l, errors))
        .append("<form method=\"post\" action=\"/admin/statements\" class=\"network-form\">").append(DeskPage.csrf(DeskSession.session(ctx)))
        .append("<div class=\"row\">").append(forms.select(l, "organization", "desk_statement_drafter", mine, drafter))
        .append("<label>").append(page.t(l, "statement_deadline")).append(" <span class=\"muted\">")
        .append(page.t(l, "desk_statement_zone_hint")).append("</span><input type=\"datetime-local\" name=\"deadline\" required value=\"")
        .append(Html.escape(deadline)).append("\"></label></div>")
        .append(forms.texts(l, NetworkForms.titles(ctx), NetworkForms.bodies(ctx)))
        .append(forms.checks(l, "invite", "desk_statement_invite", forms.all(), ctx.formParams("invite")))
        .append("<label>").append(page.t(l, "desk_statement_slug")).append("<input name=\"slug\" maxlength=\"200\" pattern=\"[a-z0-9-]*\" value=\"")
        .append(Html.escape(NetworkForms.param(ctx, "slug"))).append("\"></label>")
        .append("<button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_statement_draft")).append("</button></form>");
    page.render(ctx, status, page.messages().get(l, "desk_statement_new"), "", out.toString(), "");
  }

  private void draft(Context ctx) {
    Actor actor = DeskSession.session(ctx).actor();
    String drafter = NetworkForms.param(ctx, "organization");
    ZoneId zone = forms.speakingFor(actor).stream().filter(o -> o.slug().equals(drafter)).findFirst()
        .map(Organization::timeZone).orElse(java.time.ZoneOffset.UTC);
    try {
      Statement created = statements.draft(actor, new StatementInput.Draft(drafter, NetworkForms.param(ctx, "slug"), NetworkForms.titles(ctx),
          NetworkForms.html(NetworkForms.bodies(ctx)), ctx.formParams("invite"), NetworkForms.instant(NetworkForms.param(ctx, "deadline"), zone)));
      ctx.redirect("/admin/statements/" + created.id() + "?done=1");
    } catch (Invalid e) {
      draftForm(ctx, 422, e.errors());
    }
  }

  /** Runs one action on the statement of the path; its page follows, with the reason when it was refused. */
  private void act(Context ctx, NetworkForms.Action action) {
    long id = visible(ctx).id();
    forms.act(ctx, id, "/admin/statements/" + id, action, (status, refusal) -> show(ctx, statements.require(id), status, refusal));
  }

  private void show(Context ctx, Statement statement, int status, String refusal) {
    Language l = DeskSession.language(ctx);
    Actor actor = DeskSession.session(ctx).actor();
    String csrf = DeskPage.csrf(DeskSession.session(ctx));
    String base = "/admin/statements/" + statement.id();
    ZoneId zone = forms.organization(statement.authorId()).timeZone();
    boolean drafter = actor.has(statement.authorId(), Role.ADMIN, Role.REPRESENTATIVE);
    boolean open = !statement.published() && statements.now().isBefore(statement.deadline());
    String notice = ctx.queryParam("done") != null && refusal.isEmpty() ? page.messages().get(l, "desk_saved") : "";
    var out = new StringBuilder(refusal).append("<h1>").append(Html.escape(statement.title(l))).append("</h1><p>").append(status(l, statement));
    if (statement.published()) {
      out.append(" <a href=\"").append(Html.escape(statement.path(l))).append("\">").append(page.t(l, "desk_view_public")).append("</a>");
    }
    out.append("</p><div class=\"editor-layout\"><div><section class=\"panel\"><dl class=\"facts\"><dt>")
        .append(page.t(l, "desk_statement_drafter")).append("</dt><dd>").append(forms.link(l, statement.authorId())).append("</dd><dt>")
        .append(page.t(l, "statement_deadline")).append("</dt><dd>").append(Html.escape(NetworkForms.shown(statement.deadline(), zone)))
        .append("</dd></dl><div class=\"network-text\">").append(statement.text(l).body()).append("</div></section>")
        .append("<section class=\"panel\"><h2>").append(page.t(l, "statement_signatories")).append("</h2><ul class=\"items signatories\">");
    for (Statement.Signatory signatory : statement.signatories()) {
      out.append("<li class=\"").append(signatory.signed() ? "signed" : "awaiting").append("\">").append(forms.link(l, signatory.organizationId()))
          .append(" <span class=\"muted\">");
      if (signatory.signed()) {
        out.append("✓ ").append(page.t(l, "desk_statement_signed_by")).append(' ').append(Html.escape(signatory.signedBy())).append(", ")
            .append(Html.escape(NetworkForms.shown(java.time.Instant.ofEpochMilli(signatory.signedAtMillis()), zone)));
      } else {
        out.append(page.t(l, "desk_statement_awaiting"));
      }
      out.append("</span></li>");
    }
    out.append("</ul></section></div><aside class=\"side\">");
    if (open) {
      for (Statement.Signatory signatory : statement.signatories()) {
        if (!signatory.signed() && actor.has(signatory.organizationId(), Role.ADMIN, Role.REPRESENTATIVE)) {
          Organization organization = forms.organization(signatory.organizationId());
          out.append("<section class=\"panel\"><form method=\"post\" action=\"").append(base).append("/sign\">").append(csrf)
              .append("<input type=\"hidden\" name=\"organization\" value=\"").append(Html.escape(organization.slug())).append("\"><p>")
              .append(page.t(l, "desk_statement_sign_for")).append(" <b>").append(Html.escape(organization.name(l))).append("</b></p>")
              .append("<button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_statement_sign")).append("</button></form></section>");
        }
      }
      if (drafter) {
        List<Long> invited = statement.signatories().stream().map(Statement.Signatory::organizationId).toList();
        List<Organization> others = forms.all().stream().filter(o -> !invited.contains(o.id())).toList();
        if (!others.isEmpty()) {
          out.append("<section class=\"panel\"><form method=\"post\" action=\"").append(base).append("/invite\">").append(csrf)
              .append(forms.checks(l, "organizations", "desk_statement_invite", others, List.of()))
              .append("<button type=\"submit\">").append(page.t(l, "desk_invite")).append("</button></form></section>");
        }
      }
    }
    if (drafter && !statement.published()) {
      out.append("<section class=\"panel\"><form method=\"post\" action=\"").append(base).append("/publish\">").append(csrf)
          .append("<p class=\"muted\">").append(page.t(l, "desk_statement_publish_hint")).append("</p><button type=\"submit\" class=\"primary\">")
          .append(page.t(l, "desk_statement_publish")).append("</button></form></section>");
    }
    out.append("</aside></div>");
    page.render(ctx, status, statement.title(l), notice, out.toString(), "");
  }

  private String status(Language l, Statement statement) {
    if (statement.published()) {
      return "<span class=\"status status-published\">" + page.t(l, "statement_published") + "</span>";
    }
    return "<span class=\"status status-review\">" + page.t(l, "statement_signing") + "</span>";
  }

  private Statement visible(Context ctx) {
    String value = ctx.pathParam("id");
    if (!value.matches("\\d{1,18}")) {
      throw new NotFound("statement", value);
    }
    long id = Long.parseLong(value);
    Statement statement = statements.find(id).orElseThrow(() -> new NotFound("statement", id));
    if (!visible(DeskSession.session(ctx).actor(), statement)) {
      throw new NotFound("statement", id);
    }
    return statement;
  }

  /** A statement open for signing is seen by the organizations invited to it; a published one by everyone. */
  private static boolean visible(Actor actor, Statement statement) {
    return statement.published()
        || statement.signatories().stream().anyMatch(s -> actor.has(s.organizationId(), Role.ADMIN, Role.REPRESENTATIVE, Role.EDITOR));
  }
}
