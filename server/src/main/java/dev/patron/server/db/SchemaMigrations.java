package dev.patron.server.db;

import dev.patron.core.db.CoreSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Flyway migrations, run at start before the HTTP port opens (JDBC, on the starting thread). */
public final class SchemaMigrations {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

  private SchemaMigrations() {
  }

  /**
   * Loads Flyway's classes and plugins (a good part of the first migration's time) without a
   * database, so it can overlap the embedded database's start.
   */
  public static void warmUp() {
    Flyway.configure(SchemaMigrations.class.getClassLoader()).failOnMissingLocations(false).load();
  }

  /** Brings the core schema up to date. */
  public static void migrateCore(DatabaseUrl url) {
    migrate(url, CoreSchema.NAME, CoreSchema.MIGRATIONS, SchemaMigrations.class.getClassLoader(), "core");
  }

  /**
   * Runs one set of migrations in its own schema with its own history table, loading scripts
   * through {@code classLoader} (a plugin's, for plugin migrations).
   */
  public static MigrateResult migrate(DatabaseUrl url, String schema, String location, ClassLoader classLoader, String owner) {
    Flyway flyway = Flyway.configure(classLoader)
        .dataSource(url.jdbcUrl(), url.user(), url.password())
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .table("flyway_schema_history")
        .locations(location)
        .failOnMissingLocations(false)
        .load();
    MigrateResult result = flyway.migrate();
    // The result says the version; asking flyway.info() would scan and validate everything again.
    String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    log.info("Schema {} ({}) at version {} ({} migration(s) applied)", schema, owner, version == null ? "none" : version,
        result.migrationsExecuted);
    return result;
  }
}
