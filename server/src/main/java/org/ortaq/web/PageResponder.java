package org.ortaq.web;

import io.javalin.http.Context;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers a public HTML page: from the page cache when it holds the page, else by rendering it.
 * {@code dependencies} are the cache keys whose change makes the page stale.
 */
@FunctionalInterface
public interface PageResponder {
  void html(Context ctx, Set<String> dependencies, Supplier<String> render);

  /** Renders every time; for tests and for pages that must not be cached. */
  PageResponder UNCACHED = (ctx, dependencies, render) -> ctx.html(render.get());
}
