package dev.patron.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup PostgreSQL: real PostgreSQL binaries run from a data directory that survives
 * restarts. Started before anything else, stopped after everything else.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "patron";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedDatabase start(Path dataDirectory, int port) {
    long started = System.nanoTime();
    try {
      Files.createDirectories(dataDirectory.getParent());
      StalePostmaster.stopIfRunning(dataDirectory);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setPGStartupWait(Duration.ofSeconds(60))
          // The library turns synchronous_commit off for speed; an acknowledged write must survive a crash.
          .setServerConfig("synchronous_commit", "on")
          // It also starts PostgreSQL with -F (fsync off); a later setting wins, and a crash must lose nothing.
          .setServerConfig("fsync", "on")
          .setServerConfig("max_connections", "200")
          .setServerConfig("shared_buffers", "256MB");
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres postgres = builder.start();
      EmbeddedDatabase database = new EmbeddedDatabase(postgres);
      database.createDatabaseIfMissing();
      log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(), dataDirectory,
          (System.nanoTime() - started) / 1_000_000);
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  private void createDatabaseIfMissing() {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
         PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rows = exists.executeQuery()) {
        if (!rows.next()) {
          try (Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + DATABASE);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the database '" + DATABASE + "': " + e.getMessage(), e);
    }
  }

  public DatabaseUrl url() {
    return new DatabaseUrl("localhost", postgres.getPort(), DATABASE, "postgres", null, java.util.Map.of());
  }

  @Override
  public void close() {
    try {
      postgres.close();
      log.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    }
  }
}
