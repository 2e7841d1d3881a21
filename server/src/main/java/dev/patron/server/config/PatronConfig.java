package dev.patron.server.config;

import dev.patron.core.tenant.RequestLimits;
import dev.patron.core.session.SessionSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The server's settings, read from environment variables; a properties file named by {@code
 * PATRON_CONFIG_FILE} may supply any of them, and the environment wins. Every setting and its
 * default is listed in the README.
 */
public record PatronConfig(
    String host,
    int port,
    String databaseUrl,
    Path dataDir,
    Path embeddedDatabaseDir,
    int embeddedDatabasePort,
    String adminToken,
    Path pluginsDir,
    Set<String> requiredPlugins,
    boolean pluginDevelopmentMode,
    int eventLoops,
    int databasePoolSize,
    int databaseReadConnections,
    long maxBodyBytes,
    Duration hookTimeout,
    Duration overviewTimeout,
    EventDelivery events,
    Imports imports,
    Fairness fairness,
    MetricsPort metricsPort,
    People people,
    String secretKey,
    Map<String, String> pluginSettings) {

  /** Prefix of the settings the host hands to plugins ({@code PATRON_PLUGIN_<ID>_<NAME>}). */
  public static final String PLUGIN_SETTING_PREFIX = "PATRON_PLUGIN_";
  private static final Set<String> HOST_PLUGIN_SETTINGS = Set.of("PATRON_PLUGIN_DEV_MODE");

  /**
   * The host's settings for one plugin, keyed by name without the {@code PATRON_PLUGIN_<ID>_}
   * prefix (the id upper-cased, {@code -} as {@code _}).
   */
  public Map<String, String> settingsOfPlugin(String pluginId) {
    String prefix = PLUGIN_SETTING_PREFIX + pluginId.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_";
    Map<String, String> own = new HashMap<>();
    pluginSettings.forEach((name, value) -> {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        own.put(name.substring(prefix.length()), value);
      }
    });
    return Map.copyOf(own);
  }

  /**
   * Staff sign-in: sessions' idle timeout and absolute lifetime, how long invitation and
   * password-reset links stay good, and the address people open (its links' base; an {@code https}
   * address makes session cookies {@code Secure}).
   */
  public record People(Duration sessionIdleTimeout, Duration sessionMaxLifetime, Duration invitationLifetime,
      Duration passwordResetLifetime, String publicUrl) {

    public boolean secureCookies() {
      return publicUrl.startsWith("https://");
    }

    public SessionSettings sessionSettings() {
      return new SessionSettings(sessionIdleTimeout, sessionMaxLifetime);
    }
  }

  /**
   * Customer file imports: the largest file, how many imports a restaurant may have queued or
   * running at once, and the rows each transaction applies.
   */
  public record Imports(long maxFileBytes, int maxJobsPerTenant, int batchRows) {
  }

  /**
   * Fair shares between restaurants: request rates per minute, per restaurant and per API key (0:
   * no limit; the admin may set a restaurant's own), and how many exports and search pages one
   * restaurant may have running at once on an instance (0: no cap).
   */
  public record Fairness(int tenantRequestsPerMinute, int keyRequestsPerMinute, int concurrentExports,
      int concurrentSearches) {

    /** The restaurant's limit a minute: the admin's own for it, else the default (0: none). */
    public int tenantLimit(RequestLimits own) {
      return own.perTenant() != null ? own.perTenant() : tenantRequestsPerMinute;
    }

    /** Each of its API keys' limit a minute: the admin's own, else the default (0: none). */
    public int keyLimit(RequestLimits own) {
      return own.perKey() != null ? own.perKey() : keyRequestsPerMinute;
    }
  }

  /**
   * Where else {@code /metrics} is served, without credentials, for a scraper on a private network:
   * port 0 means nowhere (then only the main port serves it, behind the admin token).
   */
  public record MetricsPort(String host, int port) {

    public boolean enabled() {
      return port > 0;
    }
  }

  /** How events reach plugins' listeners. */
  public record EventDelivery(Duration timeout, int maxAttempts, Duration retryBase, Duration retryMax,
      Duration pollInterval, Duration retention) {
  }

  public static final String CONFIG_FILE = "PATRON_CONFIG_FILE";

  /** Reads the process environment (and the config file it may name). */
  public static PatronConfig fromEnvironment() {
    return from(System.getenv());
  }

  /** Reads settings given as a map of the same names as the environment variables. */
  public static PatronConfig from(Map<String, String> environment) {
    Map<String, String> settings = new HashMap<>();
    String file = environment.get(CONFIG_FILE);
    if (file != null && !file.isBlank()) {
      settings.putAll(readFile(Path.of(file)));
    }
    environment.forEach((name, value) -> {
      if (name.startsWith("PATRON_") && value != null && !value.isBlank()) {
        settings.put(name, value.strip());
      }
    });
    return new Reader(settings).read();
  }

  private static Map<String, String> readFile(Path file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CONFIG_FILE + " " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> settings = new HashMap<>();
    properties.forEach((name, value) -> settings.put(String.valueOf(name), String.valueOf(value).strip()));
    return settings;
  }

  /** Whether the server starts its own PostgreSQL. */
  public boolean embeddedDatabase() {
    return databaseUrl == null;
  }

  /** Parses and checks each setting, collecting every mistake before failing. */
  private static final class Reader {

    private final Map<String, String> settings;
    private final List<String> problems = new ArrayList<>();

    Reader(Map<String, String> settings) {
      this.settings = settings;
    }

    PatronConfig read() {
      Path dataDir = Path.of(text("PATRON_DATA_DIR", "data")).toAbsolutePath().normalize();
      String databaseUrl = settings.get("PATRON_DATABASE_URL");
      if (databaseUrl != null && !databaseUrl.startsWith("postgresql://") && !databaseUrl.startsWith("postgres://")) {
        problems.add("PATRON_DATABASE_URL must look like postgresql://user:password@host:5432/database");
      }
      String adminToken = settings.get("PATRON_ADMIN_TOKEN");
      if (adminToken != null && adminToken.length() < 16) {
        problems.add("PATRON_ADMIN_TOKEN must be at least 16 characters; use a long random value");
      }
      int cores = Runtime.getRuntime().availableProcessors();
      PatronConfig config = new PatronConfig(
          text("PATRON_HOST", "0.0.0.0"),
          integer("PATRON_PORT", 8080, 0, 65535),
          databaseUrl,
          dataDir,
          Path.of(text("PATRON_EMBEDDED_DB_DIR", dataDir.resolve("postgres").toString())).toAbsolutePath().normalize(),
          integer("PATRON_EMBEDDED_DB_PORT", 0, 0, 65535),
          adminToken,
          Path.of(text("PATRON_PLUGINS_DIR", DefaultPaths.pluginsDir().toString())).toAbsolutePath().normalize(),
          list("PATRON_REQUIRED_PLUGINS"),
          bool("PATRON_PLUGIN_DEV_MODE"),
          integer("PATRON_EVENT_LOOPS", cores, 1, 256),
          integer("PATRON_DB_POOL_SIZE", 8, 1, 256),
          integer("PATRON_DB_READ_CONNECTIONS", 2, 1, 64),
          integer("PATRON_MAX_BODY_BYTES", 1024 * 1024, 1024, 64 * 1024 * 1024),
          Duration.ofMillis(integer("PATRON_HOOK_TIMEOUT_MS", 2000, 10, 600_000)),
          Duration.ofMillis(integer("PATRON_OVERVIEW_TIMEOUT_MS", 500, 10, 60_000)),
          new EventDelivery(
              Duration.ofMillis(integer("PATRON_EVENT_TIMEOUT_MS", 10_000, 10, 600_000)),
              integer("PATRON_EVENT_MAX_ATTEMPTS", 10, 1, 100),
              Duration.ofMillis(integer("PATRON_EVENT_RETRY_BASE_MS", 1000, 1, 3_600_000)),
              Duration.ofMillis(integer("PATRON_EVENT_RETRY_MAX_MS", 300_000, 1, 86_400_000)),
              Duration.ofMillis(integer("PATRON_EVENT_POLL_MS", 500, 10, 60_000)),
              Duration.ofDays(integer("PATRON_EVENT_RETENTION_DAYS", 30, 1, 3650))),
          new Imports(
              integer("PATRON_IMPORT_MAX_FILE_MB", 200, 1, 2048) * 1024L * 1024L,
              integer("PATRON_IMPORT_MAX_JOBS", 2, 1, 100),
              integer("PATRON_IMPORT_BATCH_ROWS", 500, 1, 10_000)),
          new Fairness(
              integer("PATRON_RATE_LIMIT_TENANT_PER_MINUTE", 6000, 0, RequestLimits.MAX_PER_MINUTE),
              integer("PATRON_RATE_LIMIT_KEY_PER_MINUTE", 3000, 0, RequestLimits.MAX_PER_MINUTE),
              integer("PATRON_MAX_CONCURRENT_EXPORTS", 2, 0, 1000),
              integer("PATRON_MAX_CONCURRENT_SEARCHES", 8, 0, 1000)),
          new MetricsPort(text("PATRON_METRICS_HOST", text("PATRON_HOST", "0.0.0.0")), integer("PATRON_METRICS_PORT", 0, 0, 65535)),
          new People(
              Duration.ofSeconds(integer("PATRON_SESSION_IDLE_SECONDS", 30 * 60, 1, 7 * 24 * 3600)),
              Duration.ofSeconds(integer("PATRON_SESSION_MAX_SECONDS", 12 * 3600, 1, 30 * 24 * 3600)),
              Duration.ofHours(integer("PATRON_INVITATION_HOURS", 72, 1, 30 * 24)),
              Duration.ofMinutes(integer("PATRON_PASSWORD_RESET_MINUTES", 60, 1, 7 * 24 * 60)),
              publicUrl()),
          secretKey(),
          pluginSettings());
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("Invalid configuration:\n  " + String.join("\n  ", problems));
      }
      return config;
    }

    private String secretKey() {
      String key = settings.get("PATRON_SECRET_KEY");
      if (key != null && key.length() < 32) {
        problems.add("PATRON_SECRET_KEY must be at least 32 characters; use a long random value such as"
            + " `openssl rand -base64 32`");
      }
      return key;
    }

    private Map<String, String> pluginSettings() {
      Map<String, String> plugin = new HashMap<>();
      settings.forEach((name, value) -> {
        if (name.startsWith(PLUGIN_SETTING_PREFIX) && !HOST_PLUGIN_SETTINGS.contains(name)) {
          plugin.put(name, value);
        }
      });
      return Map.copyOf(plugin);
    }

    private String publicUrl() {
      String url = settings.get("PATRON_PUBLIC_URL");
      if (url == null) {
        return "http://localhost:" + integer("PATRON_PORT", 8080, 0, 65535);
      }
      if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
        problems.add("PATRON_PUBLIC_URL must be the address people open, such as https://patron.example.com");
      }
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String text(String name, String fallback) {
      return settings.getOrDefault(name, fallback);
    }

    private int integer(String name, int fallback, int min, int max) {
      String value = settings.get(name);
      if (value == null) {
        return fallback;
      }
      try {
        int parsed = Integer.parseInt(value);
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      problems.add(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
      return fallback;
    }

    private boolean bool(String name) {
      String value = settings.get(name);
      if (value == null) {
        return false;
      }
      if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
        problems.add(name + " must be true or false, not '" + value + "'");
      }
      return value.equalsIgnoreCase("true");
    }

    private Set<String> list(String name) {
      String value = settings.get(name);
      if (value == null) {
        return Set.of();
      }
      return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
  }
}
