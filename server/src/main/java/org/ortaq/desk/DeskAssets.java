package org.ortaq.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ortaq.error.NotFound;
import org.ortaq.web.Routes;

/** The desk's own stylesheet and script, and the Quill editor from its WebJar. */
final class DeskAssets implements Routes {
  private static final Map<String, String> FILES = Map.of(
      "desk.css", "/desk/desk.css",
      "desk.js", "/desk/desk.js",
      "quill/quill.min.js", "/META-INF/resources/webjars/quill/1.3.7/dist/quill.min.js",
      "quill/quill.snow.css", "/META-INF/resources/webjars/quill/1.3.7/dist/quill.snow.css");

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @Override
  public void mount(RoutesConfig routes) {
    routes.get("/admin/assets/<file>", this::serve);
  }

  private void serve(Context ctx) {
    String file = ctx.pathParam("file");
    String resource = FILES.get(file);
    if (resource == null) {
      throw new NotFound("asset " + file);
    }
    byte[] bytes = cache.computeIfAbsent(resource, DeskAssets::read);
    ctx.header("Cache-Control", "public, max-age=3600")
        .contentType(file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8")
        .result(bytes);
  }

  private static byte[] read(String resource) {
    try (InputStream in = DeskAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
