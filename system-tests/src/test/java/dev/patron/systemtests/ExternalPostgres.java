package dev.patron.systemtests;

import dev.patron.testkit.PatronProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL of the test's own, run from the embedded binaries in the test JVM, for servers
 * started with {@code PATRON_DATABASE_URL} (the way production runs them), e.g. to see every
 * statement they send or to put two of them on one database.
 *
 * <p>Its port is chosen when it is built, so {@link #databaseUrl()} can go into a {@code
 * PatronExtension}'s settings before either starts. As a {@code @RegisterExtension} it starts before
 * the test class and stops after it (order it before the server's extension, and stop the server
 * in {@code @AfterAll}, which runs first); outside JUnit, {@link #start()} and {@link #close()}.
 *
 * <pre>{@code
 * @RegisterExtension @Order(1)
 * static ExternalPostgres postgres = ExternalPostgres.builder().build();
 * @RegisterExtension @Order(2)
 * static PatronExtension patron = Bundled.everyPluginEnabled().isolated()
 *     .setting("PATRON_DATABASE_URL", postgres.databaseUrl()).build();
 * }</pre>
 */
public final class ExternalPostgres implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

  static final String DATABASE = "patron";

  private final Path directory;
  private final Map<String, String> settings;
  private final int port;
  private EmbeddedPostgres postgres;

  private ExternalPostgres(Builder builder) {
    this.directory = builder.directory.toAbsolutePath();
    this.settings = Map.copyOf(builder.settings);
    this.port = PatronProcess.freePort();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts PostgreSQL and creates the database {@value #DATABASE}, unless it runs already. */
  public synchronized ExternalPostgres start() {
    if (postgres != null) {
      return this;
    }
    try {
      Files.createDirectories(directory);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(directory.resolve("data"))
          .setCleanDataDirectory(true)
          // Stops it should the test JVM end without closing it.
          .setRegisterShutdownHook(true)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setPort(port)
          .setServerConfig("max_connections", "200")
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
          .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
      settings.forEach(builder::setServerConfig);
      postgres = builder.start();
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
           Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start PostgreSQL in " + directory + " (see " + logFile() + ")", e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the database " + DATABASE + ": " + e.getMessage(), e);
    }
  }

  /** Stops PostgreSQL and deletes its data (its log stays); harmless when it is not running. */
  public synchronized void stop() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not stop cleanly (see " + logFile() + ")", e);
    } finally {
      postgres = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  /** The database as {@code PATRON_DATABASE_URL} takes it. */
  public String databaseUrl() {
    return "postgresql://postgres@127.0.0.1:" + port + "/" + DATABASE;
  }

  /** A JDBC connection to the database, as its superuser. */
  public Connection connect() throws SQLException {
    if (postgres == null) {
      throw new IllegalStateException("PostgreSQL is not running");
    }
    return postgres.getDatabase("postgres", DATABASE).getConnection();
  }

  public int port() {
    return port;
  }

  /** Where its data, its log and whatever its settings point at live. */
  public Path directory() {
    return directory;
  }

  /** What PostgreSQL printed (before a logging collector, if the settings start one, takes over). */
  public Path logFile() {
    return directory.resolve("postgres.log");
  }

  /** Configures the PostgreSQL. */
  public static final class Builder {

    private Path directory = workRoot().resolve("postgres-" + UUID.randomUUID());
    private final Map<String, String> settings = new LinkedHashMap<>();

    /** Its folder (default: a new one under {@code patron.test.workdir}). */
    public Builder directory(Path directory) {
      this.directory = directory;
      return this;
    }

    /** A server setting ({@code postgresql.conf} name and value), e.g. {@code log_statement=all}. */
    public Builder setting(String name, String value) {
      settings.put(name, value);
      return this;
    }

    public Builder settings(Map<String, String> more) {
      settings.putAll(more);
      return this;
    }

    public ExternalPostgres build() {
      return new ExternalPostgres(this);
    }

    private static Path workRoot() {
      String configured = System.getProperty("patron.test.workdir");
      return configured != null ? Path.of(configured) : Path.of(System.getProperty("java.io.tmpdir"), "patron-testkit");
    }
  }
}
