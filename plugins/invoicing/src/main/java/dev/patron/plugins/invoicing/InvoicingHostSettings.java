package dev.patron.plugins.invoicing;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The host's settings for invoicing (environment {@code PATRON_PLUGIN_INVOICING_<NAME>}):
 * {@code OVERDUE_CHECK_SECONDS} (default 60), how often invoices past their due date are turned
 * OVERDUE; {@code CLOCK_OFFSET_DAYS} (default 0), a test clock: days the plugin's calendar runs
 * ahead, to try payment terms and reminders on a trial deployment without waiting for them. Leave
 * it unset in production: invoices would carry dates that have not come yet.
 */
public record InvoicingHostSettings(Duration overdueCheckInterval, Clock clock) {

  public static InvoicingHostSettings from(Map<String, String> settings) {
    long seconds = number(settings, "OVERDUE_CHECK_SECONDS", "60", 1, 86_400);
    long offsetDays = number(settings, "CLOCK_OFFSET_DAYS", "0", 0, 3_650);
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(offsetDays));
    return new InvoicingHostSettings(Duration.ofSeconds(seconds), clock);
  }

  private static long number(Map<String, String> settings, String name, String fallback, long min, long max) {
    String raw = settings.getOrDefault(name, fallback).strip();
    try {
      long value = Long.parseLong(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("PATRON_PLUGIN_INVOICING_" + name + " must be a whole number from " + min
        + " to " + max + ", not '" + raw + "'");
  }
}
