package dev.patron.server.plugins.events;

import dev.patron.core.event.Outbox;
import dev.patron.server.ServerContext;
import dev.patron.server.config.PatronConfig.EventDelivery;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.PluginRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers outbox events to the plugins that listen for them: one {@link PluginEventLoop} per
 * plugin, woken by a nudge after each commit on this instance that appended events and by a timer
 * (which also picks up writes made on other instances and retries that fall due).
 *
 * <p>The nudge is sent in one place, the {@link Outbox}: every append — a customer write, a
 * plugin's {@code setExtension} or its own event, in a route, a hook or a delivery — registers it
 * on its transaction, to run once that commits ({@link #waker}).
 */
public final class EventDispatcher extends VerticleBase {

  /** Event-bus address that wakes the loops; {@link #waker} publishes to it. */
  public static final String NUDGE = "patron.events.nudge";

  private final ServerContext shared;
  private final PluginRegistry registry;
  private final List<PluginEventLoop> loops = new ArrayList<>();
  private Pool pool;
  private DispatchLock lock;
  private MessageConsumer<Object> nudges;
  private long timer = -1;

  public EventDispatcher(ServerContext shared, PluginRegistry registry) {
    this.shared = shared;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    List<LoadedPlugin> listening = registry.plugins().stream().filter(p -> !p.listeners().isEmpty()).toList();
    shared.dispatchHeartbeat().started(listening.size());
    if (listening.isEmpty()) {
      return Future.succeededFuture();
    }
    EventDelivery settings = shared.config().events();
    pool = PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(Math.min(8, listening.size() + 1)))
        .connectingTo(shared.database().connectOptions())
        .using(vertx)
        .build();
    lock = new DispatchLock(vertx, shared.database().connectOptions());
    RetryPolicy retry = new RetryPolicy(settings.maxAttempts(), settings.retryBase(), settings.retryMax());
    // Events a listener appends commit with its delivery, then wake the loops like any other.
    Outbox outbox = new Outbox(waker(vertx, registry));
    for (LoadedPlugin plugin : listening) {
      loops.add(new PluginEventLoop(vertx, plugin, pool, lock, shared.directory(), retry, settings.timeout(), shared.clock(),
          new HostPluginEvents(plugin.id(), outbox, shared.clock())));
    }
    nudges = vertx.eventBus().localConsumer(NUDGE, message -> nudgeAll());
    timer = vertx.setPeriodic(settings.pollInterval().toMillis(), id -> {
      shared.dispatchHeartbeat().beat();
      nudgeAll();
    });
    nudgeAll();
    return nudges.completion();
  }

  /**
   * What an {@link Outbox} runs after a commit that appended events: wakes this instance's loops
   * (nothing, when no plugin listens).
   */
  public static Runnable waker(Vertx vertx, PluginRegistry registry) {
    if (registry.listeners().isEmpty()) {
      return () -> { };
    }
    return () -> vertx.eventBus().publish(NUDGE, null);
  }

  private void nudgeAll() {
    loops.forEach(PluginEventLoop::nudge);
  }

  @Override
  public Future<?> stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    Future<Void> unregistered = nudges == null ? Future.succeededFuture() : nudges.unregister();
    return unregistered
        .eventually(() -> lock == null ? Future.succeededFuture() : lock.close())
        .eventually(() -> pool == null ? Future.succeededFuture() : pool.close());
  }
}
