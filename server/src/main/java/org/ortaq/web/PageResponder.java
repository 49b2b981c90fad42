package org.ortaq.web;

import io.javalin.http.Context;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers a public page or feed: from the page cache when it holds it, else by rendering it.
 * {@code dependencies} are the cache keys whose change makes the page stale.
 */
@FunctionalInterface
public interface PageResponder {
  String HTML = "text/html; charset=utf-8";

  void serve(Context ctx, String contentType, Set<String> dependencies, Supplier<String> render);

  /** Answers an HTML page. */
  default void html(Context ctx, Set<String> dependencies, Supplier<String> render) {
    serve(ctx, HTML, dependencies, render);
  }

  /** Renders every time; for tests and for pages that must not be cached. */
  PageResponder UNCACHED = (ctx, contentType, dependencies, render) -> ctx.contentType(contentType).result(render.get());
}
