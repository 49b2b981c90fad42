package org.ortaq.web;

import io.javalin.config.RoutesConfig;

/** A feature's HTTP routes; the composition root hands each one to the web server. */
public interface Routes {
  void mount(RoutesConfig routes);
}
