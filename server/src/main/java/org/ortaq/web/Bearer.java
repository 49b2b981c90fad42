package org.ortaq.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import org.ortaq.access.Actor;
import org.ortaq.error.Unauthorized;

/**
 * Reads {@code Authorization: Bearer …} on every API request: a valid token becomes the request's
 * actor, a wrong one is a 401, none leaves the request anonymous.
 */
public final class Bearer implements Routes {
  private static final String ACTOR = "ortaq.actor";

  private final Function<String, Optional<Actor>> authenticate;

  public Bearer(Function<String, Optional<Actor>> authenticate) {
    this.authenticate = authenticate;
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.before("/api/*", ctx -> {
      String header = ctx.header("Authorization");
      if (header == null || header.isBlank()) {
        ctx.attribute(ACTOR, Actor.ANONYMOUS);
        return;
      }
      if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw new Unauthorized("use Authorization: Bearer <token>");
      }
      Actor actor = authenticate.apply(header.substring(7).strip())
          .orElseThrow(() -> new Unauthorized("the token is not valid"));
      ctx.attribute(ACTOR, actor);
    });
  }

  /** The actor of an API request (anonymous when no token came). */
  public static Actor actor(Context ctx) {
    Actor actor = ctx.attribute(ACTOR);
    return actor == null ? Actor.ANONYMOUS : actor;
  }

  /** The actor of an API request that must carry a valid token. */
  public static Actor requireActor(Context ctx) {
    Actor actor = actor(ctx);
    if (!actor.authenticated()) {
      throw new Unauthorized("this needs an API token: Authorization: Bearer <token>");
    }
    return actor;
  }
}
