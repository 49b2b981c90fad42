package org.ortaq.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.ortaq.error.Invalid;
import org.ortaq.error.OrtaqException;

/** Writes failures as RFC 9457 problem details ({@code application/problem+json}). */
public final class Problems {
  public static final String CONTENT_TYPE = "application/problem+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  /** Answers {@code ctx} with the problem document for {@code failure}. */
  public static void write(Context ctx, OrtaqException failure) {
    ObjectNode problem = problem(ctx, failure.status(), failure.title(), failure.getMessage());
    if (failure instanceof Invalid invalid) {
      var errors = problem.putArray("errors");
      invalid.errors().forEach(e -> errors.addObject().put("field", e.field()).put("message", e.message()));
    }
    send(ctx, failure.status(), problem);
  }

  /** Answers with a problem of the given status, title and detail. */
  public static void write(Context ctx, int status, String title, String detail) {
    send(ctx, status, problem(ctx, status, title, detail));
  }

  private static ObjectNode problem(Context ctx, int status, String title, String detail) {
    ObjectNode problem = JSON.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("instance", ctx.path());
    return problem;
  }

  private static void send(Context ctx, int status, ObjectNode problem) {
    ctx.status(status).contentType(CONTENT_TYPE).result(problem.toString());
  }
}
