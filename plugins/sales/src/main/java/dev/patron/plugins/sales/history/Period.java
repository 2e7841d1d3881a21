package dev.patron.plugins.sales.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days from {@code from} to {@code to}, both included, in the restaurant's calendar; either end
 * may be open ({@code null}).
 */
public record Period(LocalDate from, LocalDate to) {

  public static final Period ALL = new Period(null, null);

  /** The first instant of the period in {@code zone}, or {@code null} when it has no start. */
  public Instant start(ZoneId zone) {
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period in {@code zone}, or {@code null} when it has no end. */
  public Instant end(ZoneId zone) {
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
