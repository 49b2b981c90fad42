package org.ortaq.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.account.Member;
import org.ortaq.account.Session;
import org.ortaq.account.SignIn;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.mail.Mailer;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationInput;
import org.ortaq.organization.OrganizationService;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Database;
import org.ortaq.template.TemplateProblem;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.theme.ThemeCatalog;
import org.ortaq.web.Routes;

/** The desk's organization pages: profile, members and invitations, theme check, audit log. */
final class OrganizationDesk implements Routes {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final OrganizationService organizations;
  private final SignIn signIn;
  private final AuditLog audit;
  private final Database database;
  private final ThemeCatalog themes;
  private final DeskPage page;
  private final java.util.function.Supplier<String> publicUrl;
  private final Mailer mailer;

  OrganizationDesk(OrganizationService organizations, SignIn signIn, AuditLog audit, Database database,
      ThemeCatalog themes, DeskPage page, java.util.function.Supplier<String> publicUrl, Mailer mailer) {
    this.organizations = organizations;
    this.signIn = signIn;
    this.audit = audit;
    this.database = database;
    this.themes = themes;
    this.page = page;
    this.publicUrl = publicUrl;
    this.mailer = mailer;
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get("/admin/organization", ctx -> show(ctx, "", List.of()));
    routes.post("/admin/organization/profile", this::profile);
    routes.post("/admin/organization/invite", this::invite);
    routes.post("/admin/organization/theme", this::theme);
    routes.get("/admin/audit", this::auditPage);
  }

  private Organization current(Context ctx) {
    Actor actor = DeskSession.session(ctx).actor();
    List<Organization> mine = organizations.all().stream().filter(o -> actor.has(o.id(), Role.ADMIN, Role.EDITOR, Role.AUTHOR, Role.REPRESENTATIVE)).toList();
    String asked = ctx.queryParam("organization") != null ? ctx.queryParam("organization") : ctx.formParam("organization");
    return mine.stream().filter(o -> o.slug().equals(asked)).findFirst()
        .or(() -> mine.stream().findFirst())
        .orElseThrow(() -> new Forbidden("you are not a member of any organization"));
  }

  private void show(Context ctx, String notice, List<Invalid.FieldError> errors) {
    Language l = DeskSession.language(ctx);
    Session session = DeskSession.session(ctx);
    Organization organization = current(ctx);
    boolean admin = session.actor().has(organization.id(), Role.ADMIN);
    String csrf = DeskPage.csrf(session);
    String hidden = "<input type=\"hidden\" name=\"organization\" value=\"" + Html.escape(organization.slug()) + "\">";
    var out = new StringBuilder("<h1>").append(Html.escape(organization.name(l))).append("</h1>").append(page.errors(l, errors));
    out.append("<div class=\"cards\"><section class=\"panel\"><h2>").append(page.t(l, "desk_profile")).append("</h2>");
    if (admin) {
      out.append("<form method=\"post\" action=\"/admin/organization/profile\">").append(csrf).append(hidden);
      for (Language language : Language.values()) {
        String name = organization.texts().containsKey(language) ? organization.texts().get(language).name() : "";
        out.append("<label>").append(Html.escape(language.nativeName())).append("<input name=\"name_").append(language.code())
            .append("\" maxlength=\"300\" value=\"").append(Html.escape(name)).append("\"></label>");
      }
      out.append("<label>").append(page.t(l, "desk_website")).append("<input name=\"website\" value=\"").append(Html.escape(organization.website())).append("\"></label>")
          .append("<label>").append(page.t(l, "desk_city")).append("<input name=\"city\" value=\"").append(Html.escape(organization.city())).append("\"></label>")
          .append("<button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_save")).append("</button></form>");
    } else {
      out.append("<p>").append(Html.escape(organization.city())).append(", ").append(organization.country()).append("</p>");
    }
    out.append("</section><section class=\"panel\"><h2>").append(page.t(l, "desk_members")).append("</h2><ul class=\"items\">");
    for (Member member : signIn.members(organization.id())) {
      out.append("<li>").append(Html.escape(member.name())).append(" <span class=\"muted\">").append(Html.escape(member.email()))
          .append(" · ").append(Html.escape(member.role())).append("</span></li>");
    }
    out.append("</ul>");
    if (admin) {
      out.append("<h3>").append(page.t(l, "desk_invite")).append("</h3><form method=\"post\" action=\"/admin/organization/invite\">")
          .append(csrf).append(hidden).append("<label>").append(page.t(l, "desk_email")).append("<input type=\"email\" name=\"email\" required></label><label>")
          .append(page.t(l, "desk_role")).append("<select name=\"role\">");
      for (Role role : Role.values()) {
        out.append("<option value=\"").append(role.code()).append("\"").append(role == Role.AUTHOR ? " selected" : "").append(">").append(role.code()).append("</option>");
      }
      out.append("</select></label><button type=\"submit\">").append(page.t(l, "desk_invite")).append("</button></form>");
      List<String> open = signIn.openInvitations(organization.id());
      if (!open.isEmpty()) {
        out.append("<p class=\"muted\">").append(page.t(l, "desk_open_invitations")).append(": ").append(Html.escape(String.join(", ", open))).append("</p>");
      }
    }
    out.append("</section><section class=\"panel\"><h2>").append(page.t(l, "desk_theme")).append(": ")
        .append(Html.escape(organization.theme())).append("</h2>");
    if (admin) {
      out.append("<form method=\"post\" action=\"/admin/organization/theme\">").append(csrf).append(hidden)
          .append("<label>").append(page.t(l, "desk_theme")).append("<select name=\"theme\">");
      for (String name : themes.names()) {
        out.append("<option").append(name.equals(organization.theme()) ? " selected" : "").append(">").append(Html.escape(name)).append("</option>");
      }
      out.append("</select></label><button type=\"submit\">").append(page.t(l, "desk_save")).append("</button></form>");
    }
    out.append("<h3>").append(page.t(l, "desk_theme_check")).append("</h3>");
    List<TemplateProblem> problems = themes.check(organization.theme());
    if (problems.isEmpty()) {
      out.append("<p class=\"ok\">").append(page.t(l, "desk_no_problems")).append("</p>");
    } else {
      out.append("<ul class=\"problems\">");
      problems.forEach(p -> out.append("<li><code>").append(Html.escape(p.toString())).append("</code></li>"));
      out.append("</ul>");
    }
    out.append("</section></div>");
    page.render(ctx, errors.isEmpty() ? 200 : 422, organization.name(l), notice, out.toString(), "");
  }

  private void profile(Context ctx) {
    Organization organization = current(ctx);
    var names = new java.util.LinkedHashMap<String, String>();
    for (Language language : Language.values()) {
      String name = ctx.formParam("name_" + language.code());
      if (name != null && !name.isBlank()) {
        names.put(language.code(), name);
      }
    }
    try {
      organizations.update(DeskSession.session(ctx).actor(), organization.id(), new OrganizationInput(null, names, null, null,
          ctx.formParam("city"), null, null, ctx.formParam("website"), null, null));
      show(ctx, page.messages().get(DeskSession.language(ctx), "desk_saved"), List.of());
    } catch (Invalid e) {
      show(ctx, "", e.errors());
    }
  }

  private void invite(Context ctx) {
    Organization organization = current(ctx);
    Role role = Role.of(ctx.formParam("role")).orElseThrow(() -> new Invalid("role", "unknown role"));
    try {
      String email = ctx.formParam("email");
      String token = signIn.invite(DeskSession.session(ctx).actor(), organization.id(), email, role);
      Language l = DeskSession.language(ctx);
      String link = publicUrl.get() + "/admin/invitation/" + token;
      String notice = page.messages().get(l, "desk_invite_link") + " " + link;
      if (mailer.enabled()) {
        try {
          mailer.send(email.strip(), page.messages().get(l, "desk_invitation") + " — " + organization.name(l),
              page.messages().get(l, "desk_invitation") + ": " + organization.name(l) + "\n\n" + link + "\n");
          notice = page.messages().get(l, "desk_invite_mailed") + " " + email.strip() + ". " + notice;
        } catch (Mailer.MailFailure e) {
          notice = e.getMessage() + ". " + notice;
        }
      }
      show(ctx, notice, List.of());
    } catch (Invalid e) {
      show(ctx, "", e.errors());
    }
  }

  private void theme(Context ctx) {
    Organization organization = current(ctx);
    try {
      themes.reload();
      organizations.chooseTheme(DeskSession.session(ctx).actor(), organization.id(),
          ctx.formParam("theme") == null ? "" : ctx.formParam("theme"), themes.names());
      show(ctx, page.messages().get(DeskSession.language(ctx), "desk_saved"), List.of());
    } catch (Invalid e) {
      show(ctx, "", e.errors());
    }
  }

  private void auditPage(Context ctx) {
    Language l = DeskSession.language(ctx);
    Actor actor = DeskSession.session(ctx).actor();
    long scope;
    if (actor.platformAdmin()) {
      scope = 0;
    } else {
      Organization organization = current(ctx);
      if (!actor.has(organization.id(), Role.ADMIN)) {
        throw new Forbidden("only admins see the audit log");
      }
      scope = organization.id();
    }
    var out = new StringBuilder("<h1>").append(page.t(l, "desk_audit")).append("</h1><div class=\"table\"><table><thead><tr><th>")
        .append(page.t(l, "desk_when")).append("</th><th>").append(page.t(l, "desk_who")).append("</th><th>").append(page.t(l, "desk_what"))
        .append("</th><th>before → after</th></tr></thead><tbody>");
    for (AuditLog.Entry entry : database.read(handle -> audit.newest(handle, scope, 200))) {
      out.append("<tr><td>").append(WHEN.format(entry.at().atZone(ZoneOffset.UTC))).append(" UTC</td><td>").append(Html.escape(entry.user()))
          .append("</td><td>").append(Html.escape(entry.action())).append(" #").append(entry.entityId()).append("</td><td><details><summary>JSON</summary><pre>")
          .append(Html.escape(entry.before())).append("</pre><pre>").append(Html.escape(entry.after())).append("</pre></details></td></tr>");
    }
    page.render(ctx, 200, page.messages().get(l, "desk_audit"), "", out.append("</tbody></table></div>").toString(), "");
  }
}
