package org.ortaq.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import java.util.function.BooleanSupplier;

/** {@code /healthz}: 200 when the database answers, 503 when it does not. */
public final class HealthRoutes implements Routes {
  private final BooleanSupplier databaseAnswers;

  public HealthRoutes(BooleanSupplier databaseAnswers) {
    this.databaseAnswers = databaseAnswers;
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get(
        "/healthz",
        ctx -> {
          boolean up = databaseAnswers.getAsBoolean();
          ctx.header("Cache-Control", "no-store")
              .status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
              .contentType("application/json")
              .result(
                  up
                      ? "{\"status\":\"ok\",\"database\":\"up\"}"
                      : "{\"status\":\"unavailable\",\"database\":\"down\"}");
        });
  }
}
