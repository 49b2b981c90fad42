package org.ortaq.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.ortaq.template.Severity;
import org.ortaq.template.TemplateProblem;
import org.ortaq.template.TemplateSource;
import org.ortaq.template.Theme;

/**
 * The themes an organization may choose: the default one from the jar, and every folder under
 * {@code data/themes/NAME} (its charset in an optional theme.properties). A theme with errors is
 * never used to serve pages: the default keeps serving (DESIGN.md).
 */
public final class ThemeCatalog {
  public static final String DEFAULT = "default";

  private final Theme defaultTheme;
  private final Path root;
  private final Map<String, Theme> loaded = new ConcurrentHashMap<>();
  private final Map<String, Theme> servingByName = new ConcurrentHashMap<>();

  public ThemeCatalog(Theme defaultTheme, Path root) {
    this.defaultTheme = defaultTheme;
    this.root = root;
  }

  /** Every theme's name, the default first. */
  public List<String> names() {
    var names = new ArrayList<String>();
    names.add(DEFAULT);
    if (Files.isDirectory(root)) {
      try (Stream<Path> folders = Files.list(root)) {
        folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
            .filter(ThemeCatalog::validName).sorted().forEach(names::add);
      } catch (IOException e) {
        return names;
      }
    }
    return names;
  }

  /** The theme named so, as it is; the default for an unknown name. */
  public Theme theme(String name) {
    if (DEFAULT.equals(name) || !validName(name) || !Files.isDirectory(root.resolve(name))) {
      return defaultTheme;
    }
    return loaded.computeIfAbsent(name, this::load);
  }

  /** The theme to serve pages with: the named one when it has no errors, else the default. */
  public Theme serving(String name) {
    // Decided once per name (until reload): pages must not list folders or re-check on each render.
    return servingByName.computeIfAbsent(name, key -> {
      Theme theme = theme(key);
      boolean broken = theme != defaultTheme
          && theme.check().stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
      return broken ? defaultTheme : theme;
    });
  }

  /** What {@code {THEME}} points to for the theme named so. */
  public String url(String name) {
    return serving(name) == defaultTheme ? Themes.DEFAULT_THEME_URL : "/theme/" + name;
  }

  public List<TemplateProblem> check(String name) {
    return theme(name).check();
  }

  /** The folder of a directory theme (for its static files). */
  public Path folder(String name) {
    return root.resolve(name);
  }

  /** Forgets loaded folder themes, so edited files are read again. */
  public void reload() {
    loaded.clear();
    servingByName.clear();
  }

  static boolean validName(String name) {
    return name.matches("[a-z0-9][a-z0-9_-]{0,99}") && !name.equals(DEFAULT);
  }

  private Theme load(String name) {
    Path folder = root.resolve(name);
    Charset charset = StandardCharsets.UTF_8;
    Path settings = folder.resolve("theme.properties");
    if (Files.isRegularFile(settings)) {
      var properties = new Properties();
      try (InputStream in = Files.newInputStream(settings)) {
        properties.load(in);
        charset = Charset.forName(properties.getProperty("charset", "UTF-8").strip());
      } catch (IOException | IllegalArgumentException e) {
        charset = StandardCharsets.UTF_8;
      }
    }
    return Theme.of(TemplateSource.directory(folder, charset));
  }
}
