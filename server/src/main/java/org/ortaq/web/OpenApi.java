package org.ortaq.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 document of {@code /api/v1}, built from the same calls that register the
 * routes, so that the two cannot drift apart. Served at {@code /api/v1/openapi.json}.
 */
public final class OpenApi implements Routes {
  public static final String PATH = "/api/v1/openapi.json";

  private final Map<String, Map<String, Object>> paths = new TreeMap<>();
  private final Map<String, Object> schemas = new TreeMap<>();
  private final String version;

  public OpenApi(String version) {
    this.version = version;
    schema("Problem", Map.of("type", "object", "description", "RFC 9457 problem details",
        "properties", Map.of(
            "type", Map.of("type", "string"), "title", Map.of("type", "string"),
            "status", Map.of("type", "integer"), "detail", Map.of("type", "string"),
            "instance", Map.of("type", "string"),
            "errors", Map.of("type", "array", "items", Map.of("type", "object", "properties",
                Map.of("field", Map.of("type", "string"), "message", Map.of("type", "string"))))),
        "required", List.of("title", "status")));
  }

  /** Adds a named schema to {@code components.schemas}. */
  public void schema(String name, Map<String, Object> schema) {
    schemas.put(name, schema);
  }

  /** A registrar that registers each route on {@code routes} and documents it here. */
  public Registrar on(RoutesConfig routes) {
    return new Registrar(routes);
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get(PATH, ctx -> Json.write(ctx, 200, document()));
  }

  /** The whole document. */
  public Map<String, Object> document() {
    var document = new LinkedHashMap<String, Object>();
    document.put("openapi", "3.1.0");
    document.put("info", Map.of("title", "Ortaq API", "version", version,
        "description", "The joint media platform's JSON API. Errors are RFC 9457 problem details."));
    document.put("servers", List.of(Map.of("url", "/")));
    document.put("paths", paths);
    document.put("components", Map.of("schemas", schemas, "securitySchemes",
        Map.of("bearer", Map.of("type", "http", "scheme", "bearer", "description", "ortaq token create --user EMAIL"))));
    return document;
  }

  /** Describes one operation. */
  public static Operation operation(String summary, String tag) {
    return new Operation(summary, tag);
  }

  /** What the document says about one route. */
  public static final class Operation {
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Object> parameters = new ArrayList<>();
    private final Map<String, Object> responses = new TreeMap<>();

    private Operation(String summary, String tag) {
      body.put("summary", summary);
      body.put("tags", List.of(tag));
    }

    public Operation query(String name, String type, String description) {
      parameters.add(Map.of("name", name, "in", "query", "required", false, "description", description,
          "schema", Map.of("type", type)));
      return this;
    }

    public Operation requestBody(String schema) {
      body.put("requestBody", Map.of("required", true, "content",
          Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/" + schema)))));
      return this;
    }

    public Operation returns(int status, String description, String schema) {
      responses.put(Integer.toString(status), schema.isEmpty() ? Map.of("description", description)
          : Map.of("description", description, "content",
              Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/" + schema)))));
      return this;
    }

    public Operation secured() {
      body.put("security", List.of(Map.of("bearer", List.of())));
      responses.put("401", problem("no or invalid token"));
      responses.put("403", problem("the token's user may not do this"));
      return this;
    }

    private Map<String, Object> build(String path) {
      var operation = new LinkedHashMap<>(body);
      var all = new ArrayList<>(parameters);
      var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
      while (matcher.find()) {
        all.add(0, Map.of("name", matcher.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
      }
      if (!all.isEmpty()) {
        operation.put("parameters", all);
      }
      var answers = new TreeMap<>(responses);
      answers.putIfAbsent("400", problem("malformed request"));
      operation.put("responses", answers);
      return operation;
    }

    private static Map<String, Object> problem(String description) {
      return Map.of("description", description, "content",
          Map.of(Problems.CONTENT_TYPE, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
    }
  }

  /** Registers routes and documents them in one call. */
  public final class Registrar {
    private final RoutesConfig routes;

    private Registrar(RoutesConfig routes) {
      this.routes = routes;
    }

    public Registrar get(String path, Operation operation, Handler handler) {
      routes.get(path, handler);
      return document("get", path, operation);
    }

    public Registrar post(String path, Operation operation, Handler handler) {
      routes.post(path, handler);
      return document("post", path, operation);
    }

    public Registrar patch(String path, Operation operation, Handler handler) {
      routes.patch(path, handler);
      return document("patch", path, operation);
    }

    public Registrar delete(String path, Operation operation, Handler handler) {
      routes.delete(path, handler);
      return document("delete", path, operation);
    }

    private Registrar document(String method, String path, Operation operation) {
      paths.computeIfAbsent(path, p -> new TreeMap<>()).put(method.toLowerCase(Locale.ROOT), operation.build(path));
      return this;
    }
  }
}
