package dev.patron.plugins.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the host decides for every restaurant's webhooks, from {@code PATRON_PLUGIN_WEBHOOKS_*}
 * settings (see the plugin guide): which addresses may be called, timeouts, the retry schedule,
 * when a failing endpoint is disabled and how many requests one endpoint gets at once.
 *
 * @param retrySchedule the wait after each failed attempt; its length + 1 is the number of attempts
 */
public record WebhookSettings(
    boolean allowLoopback,
    boolean allowPrivate,
    boolean allowHttp,
    Duration connectTimeout,
    Duration responseTimeout,
    int maxResponseBytes,
    List<Duration> retrySchedule,
    Duration disableAfter,
    int endpointConcurrency,
    int maxInFlight,
    Duration pollInterval,
    int maxEndpointsPerTenant,
    Duration retention) {

  /** Standard Webhooks' suggested schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about 28 h). */
  static final String DEFAULT_SCHEDULE = "5,300,1800,7200,18000,36000,36000";

  public WebhookSettings {
    retrySchedule = List.copyOf(retrySchedule);
  }

  public int maxAttempts() {
    return retrySchedule.size() + 1;
  }

  /** The response excerpt kept per attempt. */
  public int excerptBytes() {
    return Math.min(1024, maxResponseBytes);
  }

  /** Reads the host's settings; a malformed one fails with every mistake named. */
  public static WebhookSettings from(Map<String, String> settings) {
    Reader reader = new Reader(settings);
    WebhookSettings read = new WebhookSettings(
        reader.bool("ALLOW_LOOPBACK"),
        reader.bool("ALLOW_PRIVATE"),
        reader.bool("ALLOW_HTTP"),
        Duration.ofMillis(reader.integer("CONNECT_TIMEOUT_MS", 5_000, 100, 60_000)),
        Duration.ofMillis(reader.integer("RESPONSE_TIMEOUT_MS", 15_000, 100, 120_000)),
        reader.integer("MAX_RESPONSE_BYTES", 64 * 1024, 1024, 1024 * 1024),
        reader.schedule("RETRY_SCHEDULE_SECONDS", DEFAULT_SCHEDULE),
        Duration.ofSeconds(reader.integer("DISABLE_AFTER_SECONDS", 5 * 24 * 3600, 1, 365 * 24 * 3600)),
        reader.integer("ENDPOINT_CONCURRENCY", 8, 1, 64),
        reader.integer("MAX_IN_FLIGHT", 256, 1, 10_000),
        Duration.ofMillis(reader.integer("POLL_MS", 1_000, 10, 60_000)),
        reader.integer("MAX_ENDPOINTS", 20, 1, 1_000),
        Duration.ofDays(reader.integer("RETENTION_DAYS", 30, 1, 3650)));
    reader.throwIfInvalid();
    return read;
  }

  private static final class Reader {
    private final Map<String, String> settings;
    private final List<String> problems = new ArrayList<>();

    Reader(Map<String, String> settings) {
      this.settings = settings;
    }

    boolean bool(String name) {
      String value = settings.get(name);
      if (value == null || value.equalsIgnoreCase("false")) {
        return false;
      }
      if (value.equalsIgnoreCase("true")) {
        return true;
      }
      problems.add(full(name) + " must be true or false");
      return false;
    }

    int integer(String name, int fallback, int min, int max) {
      String value = settings.get(name);
      if (value == null) {
        return fallback;
      }
      try {
        int parsed = Integer.parseInt(value.strip());
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      problems.add(full(name) + " must be a whole number from " + min + " to " + max);
      return fallback;
    }

    List<Duration> schedule(String name, String fallback) {
      String value = settings.getOrDefault(name, fallback);
      List<Duration> waits = new ArrayList<>();
      for (String part : value.split(",", -1)) {
        try {
          int seconds = Integer.parseInt(part.strip());
          if (seconds >= 0 && seconds <= 7 * 24 * 3600) {
            waits.add(Duration.ofSeconds(seconds));
            continue;
          }
        } catch (NumberFormatException ignored) {
          // reported below
        }
        problems.add(full(name) + " must list the seconds to wait after each failed attempt, such as "
            + DEFAULT_SCHEDULE + " (each at most a week)");
        return parse(fallback);
      }
      if (waits.size() > 30) {
        problems.add(full(name) + " may list at most 30 waits");
      }
      return waits;
    }

    private static List<Duration> parse(String schedule) {
      List<Duration> waits = new ArrayList<>();
      for (String part : schedule.split(",")) {
        waits.add(Duration.ofSeconds(Integer.parseInt(part)));
      }
      return waits;
    }

    private static String full(String name) {
      return "PATRON_PLUGIN_WEBHOOKS_" + name;
    }

    void throwIfInvalid() {
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("Invalid webhooks settings: " + String.join("; ", problems));
      }
    }
  }
}
