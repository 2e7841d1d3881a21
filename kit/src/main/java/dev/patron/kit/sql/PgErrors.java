package dev.patron.kit.sql;

import io.vertx.pgclient.PgException;

/**
 * Recognising PostgreSQL errors that are the client's doing rather than the server's (a duplicate
 * key is a 409, not a 500).
 */
public final class PgErrors {

  public static final String UNIQUE_VIOLATION = "23505";
  public static final String FOREIGN_KEY_VIOLATION = "23503";
  public static final String SERIALIZATION_FAILURE = "40001";
  public static final String DEADLOCK_DETECTED = "40P01";

  private PgErrors() {
  }

  /** Whether {@code error} is a unique violation of the named constraint or index. */
  public static boolean isUniqueViolation(Throwable error, String constraint) {
    return error instanceof PgException pg
        && UNIQUE_VIOLATION.equals(pg.getSqlState())
        && constraint.equals(pg.getConstraint());
  }

  public static boolean isForeignKeyViolation(Throwable error) {
    return error instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState());
  }

  public static boolean isUniqueViolation(Throwable error) {
    return error instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
  }
}
