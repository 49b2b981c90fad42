package org.ortaq.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.ortaq.account.Session;
import org.ortaq.account.SignIn;
import org.ortaq.error.Conflict;
import org.ortaq.error.Invalid;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.web.Routes;

/** Sign-in and sign-out, accepting an invitation, and changing one's password. */
final class SignInPages implements Routes {
  private final SignIn signIn;
  private final DeskSession sessions;
  private final DeskPage page;

  SignInPages(SignIn signIn, DeskSession sessions, DeskPage page) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.page = page;
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get("/admin/login", ctx -> loginForm(ctx, "", 200));
    routes.post("/admin/login", this::login);
    routes.post("/admin/logout", this::logout);
    routes.get("/admin/invitation/{token}", ctx -> invitation(ctx, List.of()));
    routes.post("/admin/invitation/{token}", this::accept);
    routes.get("/admin/account", ctx -> account(ctx, "", List.of()));
    routes.post("/admin/account/password", this::changePassword);
  }

  private void loginForm(Context ctx, String problem, int status) {
    Language l = DeskSession.language(ctx);
    String next = safeNext(ctx.queryParam("next"));
    String content = "<section class=\"panel narrow\"><h1>" + page.t(l, "desk_sign_in") + "</h1>"
        + (problem.isEmpty() ? "" : "<p class=\"errors\" role=\"alert\">" + Html.escape(problem) + "</p>")
        + "<form method=\"post\" action=\"/admin/login?next=" + Html.escape(java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)) + "\">"
        + "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(sessions.loginToken(ctx)) + "\">"
        + "<label>" + page.t(l, "desk_email") + "<input type=\"email\" name=\"email\" required autocomplete=\"username\" value=\""
        + Html.escape(ctx.formParam("email") == null ? "" : ctx.formParam("email")) + "\"></label>"
        + "<label>" + page.t(l, "desk_password") + "<input type=\"password\" name=\"password\" required autocomplete=\"current-password\"></label>"
        + "<button type=\"submit\" class=\"primary\">" + page.t(l, "desk_sign_in") + "</button></form></section>";
    page.render(ctx, status, page.messages().get(l, "desk_sign_in"), "", content, "");
  }

  private void login(Context ctx) {
    Language l = DeskSession.language(ctx);
    String email = ctx.formParam("email");
    String password = ctx.formParam("password");
    switch (signIn.signIn(email == null ? "" : email, password == null ? "" : password, ctx.ip())) {
      case SignIn.Attempt.Success success -> {
        sessions.open(ctx, success.session());
        ctx.redirect(safeNext(ctx.queryParam("next")));
      }
      case SignIn.Attempt.Refused refused -> loginForm(ctx, page.messages().get(l, "desk_wrong_credentials"), 401);
      case SignIn.Attempt.Limited limited -> loginForm(ctx, page.messages().get(l, "desk_too_many_attempts"), 429);
    }
  }

  private void logout(Context ctx) {
    DeskSession.maybeSession(ctx).ifPresent(session -> signIn.signOut(session.id()));
    sessions.close(ctx);
    ctx.redirect("/admin/login");
  }

  private void invitation(Context ctx, List<Invalid.FieldError> errors) {
    Language l = DeskSession.language(ctx);
    var view = signIn.invitation(ctx.pathParam("token"));
    if (view.isEmpty() || view.get().expired() || view.get().accepted()) {
      String key = view.isEmpty() ? "not_found_text" : view.get().accepted() ? "desk_invitation_used" : "desk_invitation_expired";
      page.render(ctx, view.isEmpty() ? 404 : 410, page.messages().get(l, "desk_invitation"), "",
          "<section class=\"panel narrow\"><h1>" + page.t(l, "desk_invitation") + "</h1><p>" + page.t(l, key)
              + "</p><p><a href=\"/admin/login\">" + page.t(l, "desk_sign_in") + "</a></p></section>", "");
      return;
    }
    String content = "<section class=\"panel narrow\"><h1>" + page.t(l, "desk_invitation") + "</h1>"
        + page.errors(l, errors)
        + "<p>" + Html.escape(view.get().email()) + " · " + Html.escape(view.get().role()) + "</p>"
        + "<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(sessions.loginToken(ctx)) + "\">"
        + "<label>" + page.t(l, "desk_your_name") + "<input name=\"name\" required maxlength=\"200\"></label>"
        + "<label>" + page.t(l, "desk_password") + "<input type=\"password\" name=\"password\" required minlength=\"10\" autocomplete=\"new-password\"></label>"
        + "<button type=\"submit\" class=\"primary\">" + page.t(l, "desk_join") + "</button></form></section>";
    page.render(ctx, errors.isEmpty() ? 200 : 422, page.messages().get(l, "desk_invitation"), "", content, "");
  }

  private void accept(Context ctx) {
    try {
      String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
      if (name.isEmpty()) {
        throw new Invalid("name", "is required");
      }
      Session session = signIn.accept(ctx.pathParam("token"), name, ctx.formParam("password"));
      sessions.open(ctx, session);
      ctx.redirect("/admin");
    } catch (Invalid e) {
      invitation(ctx, e.errors());
    } catch (Conflict e) {
      invitation(ctx, List.of());
    }
  }

  private void account(Context ctx, String notice, List<Invalid.FieldError> errors) {
    Language l = DeskSession.language(ctx);
    Session session = DeskSession.session(ctx);
    String content = "<section class=\"panel narrow\"><h1>" + page.t(l, "desk_account") + "</h1><p>"
        + Html.escape(session.user().displayName()) + " · " + Html.escape(session.user().email()) + "</p>"
        + "<h2>" + page.t(l, "desk_change_password") + "</h2>" + page.errors(l, errors)
        + "<form method=\"post\" action=\"/admin/account/password\">" + DeskPage.csrf(session)
        + "<label>" + page.t(l, "desk_current_password") + "<input type=\"password\" name=\"current\" required autocomplete=\"current-password\"></label>"
        + "<label>" + page.t(l, "desk_new_password") + "<input type=\"password\" name=\"password\" required minlength=\"10\" autocomplete=\"new-password\"></label>"
        + "<button type=\"submit\" class=\"primary\">" + page.t(l, "desk_change_password") + "</button></form></section>";
    page.render(ctx, errors.isEmpty() ? 200 : 422, page.messages().get(l, "desk_account"), notice, content, "");
  }

  private void changePassword(Context ctx) {
    Language l = DeskSession.language(ctx);
    try {
      signIn.changePassword(DeskSession.session(ctx), ctx.formParam("current"), ctx.formParam("password"));
      account(ctx, page.messages().get(l, "desk_password_changed"), List.of());
    } catch (Invalid e) {
      account(ctx, "", e.errors());
    }
  }

  /** Only paths inside the desk are followed after sign-in (no open redirect). */
  static String safeNext(String next) {
    return next != null && next.startsWith("/admin") && !next.startsWith("//") && !next.contains("\\") ? next : "/admin";
  }
}
