package org.ortaq.theme;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ortaq.error.NotFound;
import org.ortaq.web.Routes;

/** Serves the default theme's static files ({@code {THEME}/css/style.css}) from the jar. */
public final class ThemeAssets implements Routes {
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "png", "image/png",
          "svg", "image/svg+xml",
          "jpg", "image/jpeg",
          "gif", "image/gif",
          "woff2", "font/woff2",
          "ico", "image/x-icon");

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
  private final ThemeCatalog catalog;

  public ThemeAssets(ThemeCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get(Themes.DEFAULT_THEME_URL + "/<path>", this::serve);
    routes.get("/theme/{name}/<path>", this::serveFolder);
  }

  /** Static files of a theme folder under data/themes (only known types, never .tpl). */
  private void serveFolder(Context ctx) {
    String name = ctx.pathParam("name");
    String path = ctx.pathParam("path");
    if (!catalog.names().contains(name) || path.contains("..") || path.contains("\\") || path.startsWith("/")) {
      throw new NotFound(path);
    }
    String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    java.nio.file.Path file = catalog.folder(name).resolve(path).normalize();
    if (type == null || !file.startsWith(catalog.folder(name)) || !java.nio.file.Files.isRegularFile(file)) {
      throw new NotFound(path);
    }
    try {
      ctx.header("Cache-Control", "public, max-age=3600").contentType(type).result(java.nio.file.Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void serve(Context ctx) {
    String path = ctx.pathParam("path");
    if (path.contains("..") || path.contains("\\") || path.startsWith("/")) {
      throw new NotFound(path);
    }
    String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(extension);
    if (type == null) {
      throw new NotFound(path);
    }
    byte[] bytes = cache.computeIfAbsent(path, ThemeAssets::read);
    if (bytes.length == 0) {
      throw new NotFound(path);
    }
    ctx.header("Cache-Control", "public, max-age=3600").contentType(type).result(bytes);
  }

  private static byte[] read(String path) {
    try (InputStream in = ThemeAssets.class.getResourceAsStream("/themes/default/static/" + path)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
