package dev.patron.server;

import dev.patron.core.tenant.TenantContextRepository;
import dev.patron.server.config.PatronConfig;
import dev.patron.server.db.DatabaseUrl;
import dev.patron.server.db.EmbeddedDatabase;
import dev.patron.server.db.SchemaMigrations;
import dev.patron.server.http.HttpVerticle;
import dev.patron.server.http.ui.BackOfficePage;
import dev.patron.server.imports.CustomerImportVerticle;
import dev.patron.server.http.auth.AdminToken;
import dev.patron.server.tenants.TenantDirectory;
import dev.patron.server.http.contract.ApiDocument;
import dev.patron.server.http.contract.OpenApiAssembler;
import dev.patron.server.http.contract.PluginFragment;
import dev.patron.server.http.limits.FairShares;
import dev.patron.server.metrics.MetricsPortVerticle;
import dev.patron.server.metrics.PoolMeters;
import dev.patron.server.metrics.ServerMetrics;
import io.vertx.core.metrics.MetricsOptions;
import dev.patron.server.plugins.events.DispatchHeartbeat;
import dev.patron.server.secrets.HostSecretKey;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.PluginHost;
import dev.patron.server.plugins.PluginLifecycles;
import dev.patron.server.plugins.PluginRegistry;
import dev.patron.server.plugins.events.EventDispatcher;
import dev.patron.server.plugins.routes.PluginRouteReports;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Patron: database (embedded or not), migrations, plugins, then Vert.x with one HTTP
 * verticle per event loop and the event dispatcher. {@link #start} blocks the calling thread until the port is open; {@link #close}
 * stops everything in reverse order.
 */
public final class PatronServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PatronServer.class);

  private final PatronConfig config;
  private EmbeddedDatabase embedded;
  private CompletableFuture<EmbeddedDatabase> embeddedStarting;
  private PluginHost plugins;
  private Vertx vertx;
  private ServerMetrics metrics;
  private ServerContext shared;
  private volatile boolean closed;

  private PatronServer(PatronConfig config) {
    this.config = config;
  }

  /** Starts a server; on any failure, stops what had started and rethrows. */
  public static PatronServer start(PatronConfig config) {
    PatronServer server = new PatronServer(config);
    try {
      server.boot();
      return server;
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  private void boot() {
    Phases phases = new Phases();
    // The embedded PostgreSQL takes a while to come up; what needs no database is done meanwhile.
    if (config.embeddedDatabase()) {
      embeddedStarting = CompletableFuture.supplyAsync(
          () -> EmbeddedDatabase.start(config.embeddedDatabaseDir(), config.embeddedDatabasePort()),
          runnable -> new Thread(runnable, "embedded-postgres-start").start());
    }
    metrics = new ServerMetrics();
    vertx = Vertx.builder()
        .with(new VertxOptions().setEventLoopPoolSize(config.eventLoops()).setPreferNativeTransport(true)
            .setMetricsOptions(new MetricsOptions().setEnabled(true)))
        .withMetrics(new PoolMeters(metrics.registry()).factory())
        .build();
    JsonObject coreDocument = OpenApiAssembler.core();
    SchemaMigrations.warmUp();
    phases.done("runtime");
    DatabaseUrl database;
    if (config.embeddedDatabase()) {
      embedded = awaitEmbedded();
      database = embedded.url();
    } else {
      database = DatabaseUrl.parse(config.databaseUrl());
    }
    phases.done("database");
    SchemaMigrations.migrateCore(database);
    phases.done("core schema");
    AdminToken adminToken = AdminToken.resolve(config.adminToken(), config.dataDir(), config.port(), System.out);
    plugins = PluginHost.load(config, database, coreDocument);
    phases.done("plugins");

    // A lookup, not a method reference: the registry loses a plugin whose background work fails to start.
    TenantDirectory directory = new TenantDirectory(new TenantContextRepository(), id -> plugins.registry().isRunning(id));
    shared = new ServerContext(config, database, adminToken, directory, plugins, new PluginRouteReports(),
        Clock.systemUTC(), apiDocument(coreDocument, plugins.registry()), new AtomicInteger(), BackOfficePage.load(),
        HostSecretKey.resolve(config.secretKey(), config.dataDir()), new DispatchHeartbeat(Clock.systemUTC()),
        metrics, new FairShares(config.fairness(), metrics.registry()));
    startPluginLifecycles(coreDocument);
    vertx.deployVerticle(() -> new BackgroundVerticle(shared), new DeploymentOptions()).await();
    vertx.deployVerticle(() -> new HttpVerticle(shared), new DeploymentOptions().setInstances(config.eventLoops())).await();
    vertx.deployVerticle(() -> new EventDispatcher(shared, plugins.registry()), new DeploymentOptions()).await();
    vertx.deployVerticle(() -> new CustomerImportVerticle(shared), new DeploymentOptions()).await();
    if (config.metricsPort().enabled()) {
      vertx.deployVerticle(new MetricsPortVerticle(shared.metrics(), config.metricsPort())).await();
    }
    phases.done("http");
    log.info("Patron ready on http://{}:{} in {} ms ({}; {} event loops, {} transport, database {})", config.host(), port(),
        phases.total(), phases, config.eventLoops(), vertx.isNativeTransportEnabled() ? "native" : "JDK", database);
  }

  private EmbeddedDatabase awaitEmbedded() {
    try {
      return embeddedStarting.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** How long each step of the start took, for the ready line: where start-up time goes. */
  private static final class Phases {
    private final long started = System.nanoTime();
    private long last = started;
    private final StringBuilder steps = new StringBuilder();

    void done(String step) {
      long now = System.nanoTime();
      steps.append(steps.isEmpty() ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000).append(" ms");
      last = now;
    }

    long total() {
      return (last - started) / 1_000_000;
    }

    @Override
    public String toString() {
      return steps.toString();
    }
  }

  /**
   * Starts the plugins' background work before anything serves; a plugin whose start fails is
   * taken out, and the API document is assembled again without it.
   */
  private void startPluginLifecycles(JsonObject coreDocument) {
    PluginLifecycles lifecycles = new PluginLifecycles(shared);
    vertx.deployVerticle(lifecycles, new DeploymentOptions()).await();
    if (!lifecycles.failures().isEmpty()) {
      lifecycles.failures().forEach(plugins::failAtStart);
      shared = new ServerContext(config, shared.database(), shared.adminToken(), shared.directory(), plugins,
          shared.pluginRoutes(), shared.clock(), apiDocument(coreDocument, plugins.registry()), shared.boundPort(),
          shared.backOffice(), shared.secretKey(), shared.dispatchHeartbeat(), shared.metrics(), shared.fairShares());
    }
  }

  /** The core's document with every started plugin's fragment. */
  private static ApiDocument apiDocument(JsonObject core, PluginRegistry registry) {
    Map<String, OpenApiAssembler.PlacedFragment> fragments = new TreeMap<>();
    for (LoadedPlugin plugin : registry.plugins()) {
      if (plugin.openApi() != null) {
        fragments.put(plugin.id(), new OpenApiAssembler.PlacedFragment(plugin.version(), plugin.openApi()));
      } else if (!plugin.routes().isEmpty()) {
        log.warn("Plugin {} has routes but no OpenAPI fragment ({}): they are missing from /api/v1/openapi.json"
            + " and their query parameters are not checked by the host", plugin.id(), PluginFragment.RESOURCE);
      }
    }
    return ApiDocument.of(OpenApiAssembler.assemble(core, fragments));
  }

  /** The HTTP port actually bound (useful with port 0). */
  public int port() {
    return shared.boundPort().get();
  }

  public PatronConfig config() {
    return config;
  }

  public ServerContext context() {
    return shared;
  }

  public Vertx vertx() {
    return vertx;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (vertx != null) {
      try {
        vertx.close().await(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        log.warn("Vert.x did not stop cleanly: {}", e.toString());
      }
    }
    try {
      if (plugins != null) {
        plugins.close();
      }
    } finally {
      // Whatever failed before, PostgreSQL must not outlive the server, even one still starting.
      if (embedded == null && embeddedStarting != null) {
        embedded = embeddedStarting.exceptionally(failure -> null).join();
      }
      if (embedded != null) {
        embedded.close();
      }
    }
    log.info("Patron stopped");
  }
}
