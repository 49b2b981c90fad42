package org.ortaq.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.ortaq.config.StartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one way into the database: a connection pool, migrations applied, JDBI on top. */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Dialect dialect;

  private Database(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Opens the database at {@code url}, checks that it is one, and applies the migrations.
   *
   * @throws StartupFailure when it is unreachable, not a database, or a migration fails
   */
  public static Database open(String url, String user, String password) {
    Dialect dialect = Dialect.of(url);
    if (dialect == Dialect.SQLITE) {
      refuseForeignFile(Path.of(url.substring("jdbc:sqlite:".length())));
    }
    var config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("ortaq");
    config.setInitializationFailTimeout(1);
    config.setConnectionTimeout(5_000);
    if (dialect == Dialect.SQLITE) {
      // WAL lets readers run beside the one writer; IMMEDIATE takes the write lock at BEGIN so
      // two writers queue on busy_timeout instead of failing on a lock upgrade.
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "NORMAL");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      config.setMaximumPoolSize(8);
    } else {
      if (!user.isEmpty()) {
        config.setUsername(user);
      }
      if (!password.isEmpty()) {
        config.setPassword(password);
      }
      config.setMaximumPoolSize(16);
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw new StartupFailure("cannot connect to the database " + redact(url) + ": " + rootMessage(e), e);
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .placeholders(dialect.placeholders())
          .load()
          .migrate();
    } catch (FlywayException e) {
      dataSource.close();
      throw new StartupFailure("cannot migrate the database " + redact(url) + ": " + rootMessage(e), e);
    }
    log.info("database open dialect={} url={}", dialect, redact(url));
    return new Database(dataSource, dialect);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Runs {@code work} in one transaction: all of it is written, or none of it. */
  public <T, X extends Exception> T inTransaction(HandleCallback<T, X> work) throws X {
    return jdbi.inTransaction(work);
  }

  /** Runs a read on a pooled connection. */
  public <T, X extends Exception> T read(HandleCallback<T, X> work) throws X {
    return jdbi.withHandle(work);
  }

  /** True when the database answers a trivial query within a second. */
  public boolean answers() {
    try (Handle handle = jdbi.open()) {
      if (!handle.getConnection().isValid(1)) {
        return false;
      }
      return handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1;
    } catch (RuntimeException | SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
    log.info("database closed");
  }

  /** A file that exists, is not empty and is not SQLite must never be opened (or overwritten). */
  private static void refuseForeignFile(Path file) {
    if (!Files.exists(file)) {
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(SQLITE_HEADER.length);
      if (head.length == 0) {
        return;
      }
      if (!Arrays.equals(head, SQLITE_HEADER)) {
        throw new StartupFailure(file + " is not an SQLite database; move it away or set ORTAQ_DB_URL");
      }
    } catch (IOException e) {
      throw new StartupFailure("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The URL without credentials, for messages and logs. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password|user)=[^&]*", "$1=***");
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
