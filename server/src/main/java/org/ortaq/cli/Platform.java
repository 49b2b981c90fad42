package org.ortaq.cli;

import java.time.Clock;
import org.ortaq.Services;
import org.ortaq.config.Config;
import org.ortaq.store.Database;

/** The database and services for a command that does not start the server. */
final class Platform implements AutoCloseable {
  private final Database database;
  private final Services services;

  private Platform(Database database, Services services) {
    this.database = database;
    this.services = services;
  }

  static Platform open() {
    Config config = Config.fromEnvironment();
    try {
      java.nio.file.Files.createDirectories(config.dataDir());
    } catch (java.io.IOException e) {
      throw new org.ortaq.config.StartupFailure("cannot create the data directory " + config.dataDir() + ": " + e.getMessage());
    }
    Database database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
    return new Platform(database, Services.create(database, Clock.systemUTC()));
  }

  Services services() {
    return services;
  }

  Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
  }
}
