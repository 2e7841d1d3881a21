package dev.patron.core.db;

/** Where the core's tables and migrations live. */
public final class CoreSchema {

  /** The PostgreSQL schema of the core tables. */
  public static final String NAME = "patron";

  /** Flyway location of the core migrations. */
  public static final String MIGRATIONS = "classpath:dev/patron/core/db/migration";

  private CoreSchema() {
  }
}
