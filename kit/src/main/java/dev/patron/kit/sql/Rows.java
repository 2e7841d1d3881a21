package dev.patron.kit.sql;

import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Conversions between rows and Java values, at the precision PostgreSQL stores. */
public final class Rows {

  private Rows() {
  }

  public static Instant instant(Row row, String column) {
    OffsetDateTime value = row.getOffsetDateTime(column);
    return value == null ? null : value.toInstant();
  }

  /** An instant as a {@code timestamptz} parameter. */
  public static OffsetDateTime param(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** Now, at the microsecond precision PostgreSQL stores, so what is returned is what is stored. */
  public static Instant now(java.time.Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
