package org.ortaq.web;

import io.javalin.http.Context;

/** Renders the themed "not found" page; the web layer sets the 404 status. */
@FunctionalInterface
public interface NotFoundPage {
  void render(Context context);
}
