package org.ortaq.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.ortaq.error.Forbidden;

/**
 * Guards public HTML forms with a double-submit token: a random value in a SameSite=Strict cookie
 * that the form repeats in a hidden field. A cross-site page can neither read nor set the cookie,
 * so it cannot make a POST whose field matches (OWASP CSRF cheat sheet, "double submit cookie").
 */
public final class Csrf {
  public static final String FIELD = "csrf";
  private static final String COOKIE = "ortaq_csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  /** The request's token, set as a cookie when it has none; put it in the form's hidden field. */
  public static String token(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token != null && token.matches("[A-Za-z0-9_-]{43}")) {
      return token;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ctx.cookie(new Cookie(COOKIE, fresh, "/", -1, false, true, null, SameSite.STRICT));
    return fresh;
  }

  /** Refuses (403) a form POST whose field does not repeat its cookie. */
  public static void check(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    String field = ctx.formParam(FIELD);
    if (cookie == null || field == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
        field.getBytes(StandardCharsets.UTF_8))) {
      throw new Forbidden("the form's security token is missing or does not match; reload the form and try again");
    }
  }
}
