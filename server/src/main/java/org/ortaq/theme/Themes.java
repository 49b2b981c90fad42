package org.ortaq.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ortaq.template.TemplateSource;
import org.ortaq.template.Theme;

/** Loads themes: the default one ships inside the jar, listed in its {@code files.txt}. */
public final class Themes {
  /** Where the default theme's static files are served from; {@code {THEME}} points here. */
  public static final String DEFAULT_THEME_URL = "/theme/default";

  private Themes() {}

  /** The default theme, compiled lazily from the classpath. */
  public static Theme defaultTheme() {
    return Theme.of(TemplateSource.inMemory("Default", readClasspathTheme("/themes/default/")));
  }

  private static Map<String, String> readClasspathTheme(String root) {
    var files = new LinkedHashMap<String, String>();
    for (String name : read(root + "files.txt").lines().map(String::trim).toList()) {
      if (!name.isEmpty()) {
        files.put(name, read(root + name));
      }
    }
    return files;
  }

  private static String read(String resource) {
    try (InputStream in = Themes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing theme resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
