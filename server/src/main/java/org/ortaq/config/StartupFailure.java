package org.ortaq.config;

/**
 * Ortaq cannot start: the port is taken, the database is unreachable or not a database, the data
 * directory is not writable. The CLI prints the message on one line and exits with code 2.
 */
public final class StartupFailure extends RuntimeException {
  public StartupFailure(String message) {
    super(message);
  }

  public StartupFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
