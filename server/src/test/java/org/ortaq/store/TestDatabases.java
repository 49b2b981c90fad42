package org.ortaq.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;

/**
 * The two databases the store runs on, for parameterized tests: an SQLite file in a temporary
 * directory, and a fresh schema on the PostgreSQL of {@code ORTAQ_TEST_PG_URL} (default
 * 127.0.0.1:5432, database test, user postgres). When that server is unreachable the PostgreSQL
 * cases are skipped, unless {@code ORTAQ_REQUIRE_PG=1}, which makes them fail.
 */
public enum TestDatabases {
  SQLITE,
  POSTGRESQL;

  public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  /** JUnit names for {@code @MethodSource}. */
  public static java.util.stream.Stream<Named<TestDatabases>> both() {
    return java.util.stream.Stream.of(Named.of("sqlite", SQLITE), Named.of("postgresql", POSTGRESQL));
  }

  /** A JDBC URL of a new, empty database of this kind; the directory is used for SQLite. */
  public String newUrl(Path dir) {
    if (this == SQLITE) {
      return "jdbc:sqlite:" + dir.resolve("test-" + UUID.randomUUID() + ".db");
    }
    String base = pgUrl();
    requirePostgres(base);
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (var connection = DriverManager.getConnection(base);
        var statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Opens a new, migrated database of this kind. */
  public Database open(Path dir) {
    return Database.open(newUrl(dir), "", "");
  }

  public static String pgUrl() {
    String url = System.getenv("ORTAQ_TEST_PG_URL");
    return url == null || url.isBlank() ? DEFAULT_PG_URL : url;
  }

  /** Skips (or, with ORTAQ_REQUIRE_PG=1, fails) when PostgreSQL does not answer. */
  public static void requirePostgres(String url) {
    try (var connection = DriverManager.getConnection(url)) {
      connection.isValid(2);
    } catch (SQLException e) {
      String reason = "PostgreSQL at " + redacted(url) + " is unreachable: " + firstLine(e.getMessage());
      if ("1".equals(System.getenv("ORTAQ_REQUIRE_PG"))) {
        throw new AssertionError(reason + " (ORTAQ_REQUIRE_PG=1)");
      }
      Assumptions.abort(reason + "; PostgreSQL tests skipped");
    }
  }

  private static String redacted(String url) {
    return url.replaceAll("(?i)password=[^&]*", "password=***");
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** Lower-case name, for messages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Applies {@code work} to a freshly opened database and closes it. */
  public <T> T with(Path dir, Function<Database, T> work) {
    try (Database database = open(dir)) {
      return work.apply(database);
    }
  }
}
