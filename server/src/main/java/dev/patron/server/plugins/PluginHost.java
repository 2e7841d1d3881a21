package dev.patron.server.plugins;

import dev.patron.api.PatronSdk;
import dev.patron.api.plugin.BackOfficeContributor;
import dev.patron.api.plugin.CustomerHook;
import dev.patron.api.plugin.CustomerOverviewContributor;
import dev.patron.api.plugin.EventListener;
import dev.patron.api.plugin.PluginLifecycle;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.api.plugin.TenantConfigValidator;
import dev.patron.server.config.PatronConfig;
import dev.patron.server.db.DatabaseUrl;
import dev.patron.server.db.SchemaMigrations;
import dev.patron.server.http.contract.OpenApiAssembler;
import dev.patron.server.plugins.ui.BackOfficeParts;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugins once, at start, on the starting thread: each jar is loaded, checked against
 * the SDK version, started, and its migrations run in its own schema. A plugin that fails any step
 * is reported (log and admin API) and left out; the others serve. Plugins named in {@code
 * PATRON_REQUIRED_PLUGINS} must start, or the server does not.
 */
public final class PluginHost implements AutoCloseable {

  static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  /** Not plugin ids: schemas of the database, and {@code customer}, the owner of the core's event types. */
  static final Set<String> RESERVED_IDS = Set.of("patron", "public", "information-schema", "customer");
  /** Plugin migrations run at once at most; each holds one database connection. */
  private static final int MIGRATION_THREADS = 4;
  private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

  private final PatronPluginManager manager;
  private final Set<String> requiredPlugins;
  private volatile PluginRegistry registry;
  private volatile List<PluginStatus> statuses;

  private PluginHost(PatronPluginManager manager, Set<String> requiredPlugins, PluginRegistry registry,
      List<PluginStatus> statuses) {
    this.manager = manager;
    this.requiredPlugins = Set.copyOf(requiredPlugins);
    this.registry = registry;
    this.statuses = List.copyOf(statuses);
  }

  public static PluginHost load(PatronConfig config, DatabaseUrl database) {
    return load(config, database, OpenApiAssembler.core());
  }

  /** @param hostDocument the core's OpenAPI document, which plugins' fragments may refer to */
  public static PluginHost load(PatronConfig config, DatabaseUrl database, JsonObject hostDocument) {
    Path directory = config.pluginsDir();
    if (!Files.isDirectory(directory)) {
      log.info("No plugins directory at {}: running without plugins", directory);
      requirePlugins(config.requiredPlugins(), List.of());
      return new PluginHost(null, config.requiredPlugins(), PluginRegistry.EMPTY, List.of());
    }
    if (config.pluginDevelopmentMode()) {
      // PF4J reads its runtime mode while the manager is constructed.
      System.setProperty("pf4j.mode", "development");
    }
    PatronPluginManager manager = new PatronPluginManager(directory);
    List<PluginStatus> statuses = new ArrayList<>();
    for (Path path : manager.pluginPaths()) {
      try {
        manager.loadPlugin(path);
      } catch (RuntimeException e) {
        statuses.add(new PluginStatus(path.getFileName().toString(), null, null, null, null, PluginStatus.FAILED,
            "could not load: " + e.getMessage(), path.toString()));
      }
    }
    manager.startPlugins();
    Map<String, CompletableFuture<Void>> migrations = migrateAll(manager.getPlugins(), database);
    List<LoadedPlugin> loaded = new ArrayList<>();
    for (PluginWrapper plugin : manager.getPlugins()) {
      statuses.add(prepare(manager, plugin, migrations.get(plugin.getPluginId()), hostDocument, loaded));
    }
    statuses.sort(Comparator.comparing(PluginStatus::id));
    statuses.forEach(PluginHost::report);
    requirePlugins(config.requiredPlugins(), statuses);
    return new PluginHost(manager, config.requiredPlugins(), new PluginRegistry(loaded), statuses);
  }

  /**
   * Runs the started plugins' migrations side by side, each in its own schema: one after another
   * they were a third of the start-up time, most of it waiting on the database.
   */
  private static Map<String, CompletableFuture<Void>> migrateAll(List<PluginWrapper> plugins, DatabaseUrl database) {
    List<PluginWrapper> started = plugins.stream()
        .filter(plugin -> plugin.getPluginState() == PluginState.STARTED && validId(plugin.getPluginId()))
        .toList();
    Map<String, CompletableFuture<Void>> migrations = new HashMap<>();
    if (started.isEmpty()) {
      return migrations;
    }
    ExecutorService threads = Executors.newFixedThreadPool(Math.min(MIGRATION_THREADS, started.size()));
    try {
      for (PluginWrapper plugin : started) {
        String id = plugin.getPluginId();
        ClassLoader classLoader = plugin.getPluginClassLoader();
        migrations.put(id, CompletableFuture.runAsync(() -> PluginCalls.withClassLoader(classLoader, () ->
            SchemaMigrations.migrate(database, schemaOf(id), "classpath:db/migration", classLoader, "plugin " + id)),
            threads));
      }
      CompletableFuture.allOf(migrations.values().toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
      return migrations;
    } finally {
      threads.shutdown();
    }
  }

  private static boolean validId(String id) {
    return PLUGIN_ID.matcher(id).matches() && !RESERVED_IDS.contains(id);
  }

  private static String schemaOf(String id) {
    return id.replace('-', '_');
  }

  /** Checks and collects one plugin PF4J has processed, once its migrations ran. */
  private static PluginStatus prepare(PatronPluginManager manager, PluginWrapper plugin, CompletableFuture<Void> migrated,
      JsonObject hostDocument, List<LoadedPlugin> loaded) {
    PluginState state = plugin.getPluginState();
    if (state == PluginState.DISABLED) {
      return status(plugin, PluginStatus.DISABLED, "requires SDK '" + plugin.getDescriptor().getRequires()
          + "' but this server provides SDK " + PatronSdk.VERSION);
    }
    if (state != PluginState.STARTED) {
      Throwable cause = plugin.getFailedException();
      return status(plugin, PluginStatus.FAILED, "did not start" + (cause == null ? " (" + state + ")" : ": " + describe(cause)));
    }
    String id = plugin.getPluginId();
    try {
      if (!validId(id)) {
        throw new IllegalStateException("plugin id '" + id + "' must match " + PLUGIN_ID + " and not be reserved");
      }
      String schema = schemaOf(id);
      ClassLoader classLoader = plugin.getPluginClassLoader();
      JsonObject openApi = PluginFragments.read(plugin, hostDocument);
      awaitMigrations(migrated);
      List<TenantConfigValidator> validators = extensions(manager, TenantConfigValidator.class, id, classLoader);
      List<CustomerOverviewContributor> overviews = extensions(manager, CustomerOverviewContributor.class, id, classLoader);
      if (overviews.size() > 1) {
        throw new IllegalStateException("it has " + overviews.size() + " CustomerOverviewContributor extensions;"
            + " a plugin contributes one section to the customer overview");
      }
      loaded.add(new LoadedPlugin(id, plugin.getDescriptor().getVersion(), classLoader, schema,
          extensions(manager, RouteContributor.class, id, classLoader),
          extensions(manager, CustomerHook.class, id, classLoader),
          subscribed(extensions(manager, EventListener.class, id, classLoader), classLoader),
          validators.isEmpty() ? null : validators.get(0),
          overviews.isEmpty() ? null : overviews.get(0),
          extensions(manager, PluginLifecycle.class, id, classLoader),
          openApi,
          BackOfficeParts.of(id, extensions(manager, BackOfficeContributor.class, id, classLoader), classLoader)));
      return status(plugin, PluginStatus.STARTED, null);
    } catch (RuntimeException | LinkageError e) {
      manager.stopPlugin(id);
      return status(plugin, PluginStatus.FAILED, "did not start: " + describe(e));
    }
  }

  private static void awaitMigrations(CompletableFuture<Void> migrated) {
    try {
      migrated.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * The plugin's extensions of one type, each wrapped once ({@link ContextClassLoaderProxy}) so every
   * call into it runs with the plugin's class loader and a throw becomes a failed future.
   */
  private static <T> List<T> extensions(PatronPluginManager manager, Class<T> type, String id, ClassLoader classLoader) {
    return manager.getExtensions(type, id).stream()
        .map(extension -> ContextClassLoaderProxy.wrap(type, extension, classLoader, id))
        .toList();
  }

  /** Each listener with the event types it asks for; a listener asking for none, or for nonsense, fails the plugin. */
  private static List<SubscribedListener> subscribed(List<EventListener> listeners, ClassLoader classLoader) {
    return listeners.stream()
        .map(listener -> SubscribedListener.of(listener, listener.types()))
        .toList();
  }

  private static PluginStatus status(PluginWrapper plugin, String state, String failure) {
    var descriptor = plugin.getDescriptor();
    return new PluginStatus(plugin.getPluginId(), descriptor.getVersion(), descriptor.getPluginDescription(),
        descriptor.getProvider(), descriptor.getRequires(), state, failure, plugin.getPluginPath().toString());
  }

  private static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return root == error || root.getMessage() == null ? message : message + " (" + root.getMessage() + ")";
  }

  private static void report(PluginStatus status) {
    if (status.started()) {
      log.info("Plugin {} {} started", status.id(), status.version());
    } else {
      log.error("PLUGIN NOT RUNNING: {} {} is {}: {} ({})", status.id(), status.version() == null ? "" : status.version(),
          status.state(), status.failure(), status.path());
    }
  }

  private static void requirePlugins(Set<String> required, List<PluginStatus> statuses) {
    Set<String> started = statuses.stream().filter(PluginStatus::started).map(PluginStatus::id).collect(Collectors.toSet());
    List<String> missing = required.stream().filter(id -> !started.contains(id)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Required plugin(s) not running: " + String.join(", ", missing)
          + " (PATRON_REQUIRED_PLUGINS); see the log above for why");
    }
  }

  public PluginRegistry registry() {
    return registry;
  }

  /** Every plugin found, running or not, with the reason when not. */
  public List<PluginStatus> statuses() {
    return statuses;
  }

  /**
   * Takes a plugin out after its background work failed to start, before the server serves: it
   * leaves the registry (no routes, hooks or listeners), is reported {@code FAILED} with the
   * reason, and is stopped. Called on the starting thread only.
   */
  public void failAtStart(String pluginId, String reason) {
    log.error("PLUGIN NOT RUNNING: {} {}", pluginId, reason);
    registry = registry.without(pluginId);
    statuses = statuses.stream()
        .map(s -> s.id().equals(pluginId) ? s.failed(reason) : s)
        .toList();
    if (manager != null) {
      manager.stopPlugin(pluginId);
    }
    if (requiredPlugins.contains(pluginId)) {
      throw new IllegalStateException("Required plugin " + pluginId + " " + reason + " (PATRON_REQUIRED_PLUGINS)");
    }
  }

  /**
   * Stops the plugins (their {@code Plugin.stop()}) and closes their class loaders. One plugin
   * failing to stop does not keep the others (or the server's shutdown) from going on.
   */
  @Override
  public void close() {
    if (manager == null) {
      return;
    }
    // One by one over a copy: PF4J's stopPlugins() can fail on the list it iterates.
    for (PluginWrapper plugin : new ArrayList<>(manager.getStartedPlugins())) {
      try {
        manager.stopPlugin(plugin.getPluginId());
      } catch (RuntimeException | LinkageError e) {
        log.warn("Plugin {} did not stop cleanly: {}", plugin.getPluginId(), e.toString());
      }
    }
    try {
      manager.unloadPlugins();
    } catch (RuntimeException e) {
      log.warn("Plugins did not unload cleanly: {}", e.toString());
    }
  }
}
