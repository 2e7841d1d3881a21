package dev.patron.server.plugins;

import dev.patron.api.plugin.PluginLifecycle;
import dev.patron.server.EventLoopServices;
import dev.patron.server.ServerContext;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts every plugin's {@link PluginLifecycle} on an event loop of its own before the server
 * serves, and stops them (waiting for each, time-boxed) when the server stops, before their
 * database connections close. Starts run one plugin after another so a failure is the plugin's.
 */
public final class PluginLifecycles extends VerticleBase {

  static final Duration TIME_LIMIT = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(PluginLifecycles.class);

  private final ServerContext shared;
  private final Map<String, String> failures = new LinkedHashMap<>();
  private final List<LoadedPlugin> started = new ArrayList<>();
  private Pool pool;

  public PluginLifecycles(ServerContext shared) {
    this.shared = shared;
  }

  /** Plugins whose start failed, with the reason, once this verticle has started. */
  public Map<String, String> failures() {
    return failures;
  }

  @Override
  public Future<?> start() {
    pool = PgBuilder.pool().with(new PoolOptions().setName("plugins").setMaxSize(2)).connectingTo(shared.database().connectOptions())
        .using(vertx).build();
    EventLoopServices services = EventLoopServices.create(vertx, shared, pool, pool);
    Future<Void> chain = Future.succeededFuture();
    for (LoadedPlugin plugin : shared.plugins().registry().plugins()) {
      if (!plugin.lifecycles().isEmpty()) {
        chain = chain.compose(v -> start(plugin, services));
      }
    }
    return chain;
  }

  private Future<Void> start(LoadedPlugin plugin, EventLoopServices services) {
    Future<Void> all = Future.succeededFuture();
    for (PluginLifecycle lifecycle : plugin.lifecycles()) {
      all = all.compose(v -> lifecycle.start(services.pluginContext(plugin)));
    }
    return all.timeout(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
        .onSuccess(v -> started.add(plugin))
        .recover(error -> {
          failures.put(plugin.id(), "did not start its background work: " + error);
          return Future.succeededFuture();
        });
  }

  @Override
  public Future<?> stop() {
    Future<Void> chain = Future.succeededFuture();
    for (int i = started.size() - 1; i >= 0; i--) {
      LoadedPlugin plugin = started.get(i);
      for (PluginLifecycle lifecycle : plugin.lifecycles()) {
        chain = chain.eventually(() -> lifecycle.stop().timeout(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
            .onFailure(error -> log.warn("Plugin {} did not stop its background work cleanly: {}", plugin.id(),
                error.toString())));
      }
    }
    return chain.eventually(() -> pool.close());
  }
}
