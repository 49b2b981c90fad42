package org.ortaq.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.ortaq.account.Session;
import org.ortaq.account.SignIn;
import org.ortaq.error.Forbidden;
import org.ortaq.text.Language;
import org.ortaq.web.Routes;

/**
 * The desk's gate: every {@code /admin} request gets its session from the cookie, pages that need
 * one send strangers to the sign-in form, and every POST must carry the session's CSRF token (the
 * sign-in form carries a token of its own cookie: double submit).
 */
final class DeskSession implements Routes {
  static final String SESSION_COOKIE = "ortaq_session";
  static final String LOGIN_CSRF_COOKIE = "ortaq_login_csrf";
  static final String LANGUAGE_COOKIE = "ortaq_desk_language";
  private static final String SESSION = "ortaq.session";
  private static final Set<String> OPEN = Set.of("/admin/login", "/admin/invitation", "/admin/assets");

  private final SignIn signIn;
  private final boolean secureCookies;

  DeskSession(SignIn signIn, boolean secureCookies) {
    this.signIn = signIn;
    this.secureCookies = secureCookies;
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.before("/admin*", this::gate);
  }

  private void gate(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    Optional<Session> session = signIn.session(ctx.cookie(SESSION_COOKIE));
    session.ifPresent(s -> ctx.attribute(SESSION, s));
    boolean open = OPEN.stream().anyMatch(prefix -> ctx.path().startsWith(prefix));
    if (session.isEmpty() && !open) {
      if (ctx.method().name().equals("GET")) {
        ctx.redirect("/admin/login?next=" + java.net.URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
        ctx.skipRemainingHandlers();
        return;
      }
      throw new Forbidden("sign in first");
    }
    if (ctx.method().name().equals("POST")) {
      String expected = session.map(Session::csrfToken).orElseGet(() -> Optional.ofNullable(ctx.cookie(LOGIN_CSRF_COOKIE)).orElse(""));
      String given = Optional.ofNullable(ctx.formParam("_csrf")).orElseGet(() -> Optional.ofNullable(ctx.header("X-CSRF-Token")).orElse(""));
      if (expected.isEmpty() || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
        throw new Forbidden("the form's security token is missing or wrong; reload the page and try again");
      }
    }
  }

  /** The signed-in session of a desk request (the gate guarantees one outside the open pages). */
  static Session session(Context ctx) {
    Session session = ctx.attribute(SESSION);
    if (session == null) {
      throw new Forbidden("sign in first");
    }
    return session;
  }

  static Optional<Session> maybeSession(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  /** The desk's language: ?lang= (remembered), else the cookie, else the user's, else Accept-Language (az). */
  static Language language(Context ctx) {
    String asked = ctx.queryParam("lang");
    if (asked != null && Language.of(asked).isPresent()) {
      ctx.cookie(new Cookie(LANGUAGE_COOKIE, asked, "/admin", 365 * 24 * 3600, false, true, null, SameSite.LAX));
      return Language.parse(asked);
    }
    String remembered = ctx.cookie(LANGUAGE_COOKIE);
    if (remembered != null && Language.of(remembered).isPresent()) {
      return Language.parse(remembered);
    }
    return maybeSession(ctx).flatMap(s -> Language.of(s.user().preferredLanguage()))
        .orElseGet(() -> org.ortaq.web.LanguageNegotiation.choose(ctx.header("Accept-Language")));
  }

  void open(Context ctx, Session session) {
    ctx.cookie(new Cookie(SESSION_COOKIE, session.id(), "/", (int) SignIn.SESSION_LIFETIME.toSeconds(), secureCookies,
        true, null, SameSite.LAX));
  }

  void close(Context ctx) {
    ctx.removeCookie(SESSION_COOKIE, "/");
  }

  /** The token the sign-in form must echo: kept in a cookie of its own. */
  String loginToken(Context ctx) {
    String token = ctx.cookie(LOGIN_CSRF_COOKIE);
    if (token == null || token.length() < 20) {
      byte[] bytes = new byte[24];
      new java.security.SecureRandom().nextBytes(bytes);
      token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      ctx.cookie(new Cookie(LOGIN_CSRF_COOKIE, token, "/admin", 3600, secureCookies, true, null, SameSite.STRICT));
    }
    return token;
  }
}
