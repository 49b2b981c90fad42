package org.ortaq.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Ortaq's settings: environment variables ({@code ORTAQ_…}) over an optional {@code ortaq.properties}
 * in the working directory, over defaults for the embedded mode.
 */
public record Config(
    String httpHost,
    int httpPort,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    boolean demoContent,
    String publicUrl) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  public Config {
    if (httpPort < 0 || httpPort > 65535) {
      throw new InvalidConfig("ORTAQ_HTTP_PORT must be between 0 and 65535, got " + httpPort);
    }
  }

  /** True when the database is the embedded SQLite file. */
  public boolean embedded() {
    return dbUrl.startsWith("jdbc:sqlite:");
  }

  /** Reads the settings of this process: its environment and ./ortaq.properties. */
  public static Config fromEnvironment() {
    return from(System.getenv(), Path.of("ortaq.properties"));
  }

  /** Reads settings from the given variables, then the properties file when it exists. */
  public static Config from(Map<String, String> env, Path propertiesFile) {
    var file = new Properties();
    if (Files.isRegularFile(propertiesFile)) {
      try (InputStream in = Files.newInputStream(propertiesFile)) {
        file.load(in);
      } catch (IOException e) {
        throw new InvalidConfig("cannot read " + propertiesFile + ": " + e.getMessage());
      }
    }
    var settings = new Settings(env, file);
    String host = settings.get("ORTAQ_HTTP_HOST", "http.host").orElse(DEFAULT_HOST);
    int port = settings.integer("ORTAQ_HTTP_PORT", "http.port", DEFAULT_PORT);
    Path dataDir = Path.of(settings.get("ORTAQ_DATA_DIR", "data.dir").orElse("data"));
    String dbUrl =
        settings
            .get("ORTAQ_DB_URL", "db.url")
            .orElse("jdbc:sqlite:" + dataDir.resolve("ortaq.db").toString());
    checkDatabaseUrl(dbUrl);
    String user = settings.get("ORTAQ_DB_USER", "db.user").orElse("");
    String password = settings.get("ORTAQ_DB_PASSWORD", "db.password").orElse("");
    boolean demo = settings.get("ORTAQ_DEMO", "demo").map(Config::bool).orElse(true);
    String publicUrl =
        settings
            .get("ORTAQ_PUBLIC_URL", "public.url")
            .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
            .orElse("http://" + host + ":" + port);
    return new Config(host, port, dataDir, dbUrl, user, password, demo, publicUrl);
  }

  /** The same settings with another port (tests use port 0). */
  public Config withPort(int port) {
    return new Config(httpHost, port, dataDir, dbUrl, dbUser, dbPassword, demoContent, publicUrl);
  }

  private static void checkDatabaseUrl(String url) {
    if (url.startsWith("jdbc:sqlite:")) {
      if (url.length() == "jdbc:sqlite:".length()) {
        throw new InvalidConfig("ORTAQ_DB_URL names no SQLite file: " + url);
      }
      return;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      try {
        URI uri = URI.create(url.substring("jdbc:".length()));
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
          throw new InvalidConfig(
              "ORTAQ_DB_URL must look like jdbc:postgresql://HOST[:PORT]/DATABASE, got " + url);
        }
      } catch (IllegalArgumentException e) {
        throw new InvalidConfig("ORTAQ_DB_URL is malformed: " + url);
      }
      return;
    }
    throw new InvalidConfig(
        "ORTAQ_DB_URL must start with jdbc:sqlite: or jdbc:postgresql://, got " + url);
  }

  private static boolean bool(String value) {
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "1", "true", "yes", "on" -> true;
      case "0", "false", "no", "off" -> false;
      default -> throw new InvalidConfig("expected true or false, got " + value);
    };
  }

  private record Settings(Map<String, String> env, Properties file) {
    Optional<String> get(String variable, String property) {
      String value = env.get(variable);
      if (value == null || value.isBlank()) {
        value = file.getProperty(property);
      }
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    int integer(String variable, String property, int fallback) {
      var value = get(variable, property);
      if (value.isEmpty()) {
        return fallback;
      }
      try {
        return Integer.parseInt(value.get());
      } catch (NumberFormatException e) {
        throw new InvalidConfig(variable + " must be a number, got " + value.get());
      }
    }
  }
}
