package org.ortaq.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/** A feature's HTTP routes; the composition root hands each one to the web server. */
public interface Routes {
  void mount(RoutesConfig routes);

  /**
   * Registers a public page for GET and HEAD: Javalin answers HEAD on a GET-only route without
   * calling the handler, which would leave out the page cache's validators.
   */
  static void page(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }
}
