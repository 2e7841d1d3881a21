package dev.patron.server.plugins.events;

import dev.patron.core.event.DispatchPartitions;
import dev.patron.core.event.Outbox;
import dev.patron.server.ServerContext;
import dev.patron.server.config.PatronConfig.EventDelivery;
import dev.patron.server.metrics.DeliveryMetrics;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.PluginRegistry;
import io.micrometer.core.instrument.Gauge;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to the plugins that listen for them: one {@link PluginEventLoop} per
 * plugin and partition, woken by a nudge after each commit on this instance that appended events
 * and by a timer (which also picks up writes made on other instances and retries that fall due).
 * The timer also rebalances the partitions among the instances ({@link DispatchShares}).
 *
 * <p>The nudge is sent in one place, the {@link Outbox}: every append — a customer write, a
 * plugin's {@code setExtension} or its own event, in a route, a hook or a delivery — registers it
 * on its transaction, to run once that commits ({@link #waker}).
 */
public final class EventDispatcher extends VerticleBase {

  /** Event-bus address that wakes the loops; {@link #waker} publishes to it. */
  public static final String NUDGE = "patron.events.nudge";
  private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

  private final ServerContext shared;
  private final PluginRegistry registry;
  private final List<PluginEventLoop> loops = new ArrayList<>();
  private Pool pool;
  private DispatchShares shares;
  private List<String> pluginIds = List.of();
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
        .with(new PoolOptions().setName("events").setMaxSize(Math.min(8, listening.size() + 1)))
        .connectingTo(shared.database().connectOptions())
        .using(vertx)
        .build();
    shares = new DispatchShares(vertx, shared.database().connectOptions());
    pluginIds = listening.stream().map(LoadedPlugin::id).toList();
    DeliveryMetrics metrics = new DeliveryMetrics(shared.metrics().registry());
    RetryPolicy retry = new RetryPolicy(settings.maxAttempts(), settings.retryBase(), settings.retryMax());
    // Events a listener appends commit with its delivery, then wake the loops like any other.
    Outbox outbox = new Outbox(waker(vertx, registry));
    for (LoadedPlugin plugin : listening) {
      Gauge.builder("patron.events.partitions.held", shares, held -> held.heldOf(plugin.id()))
          .description("Event partitions of the plugin this instance delivers (of " + DispatchPartitions.COUNT + ")")
          .tag("plugin", plugin.id())
          .register(shared.metrics().registry());
      HostPluginEvents events = new HostPluginEvents(plugin.id(), outbox, shared.clock());
      for (int partition = 0; partition < DispatchPartitions.COUNT; partition++) {
        loops.add(new PluginEventLoop(vertx, plugin, partition, pool, shares, shared.directory(), retry,
            settings.timeout(), shared.clock(), events, metrics));
      }
    }
    nudges = vertx.eventBus().localConsumer(NUDGE, message -> nudgeAll());
    timer = vertx.setPeriodic(settings.pollInterval().toMillis(), id -> {
      shared.dispatchHeartbeat().beat();
      rebalanceAndNudge();
    });
    rebalanceAndNudge();
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

  private void rebalanceAndNudge() {
    shares.rebalance(pluginIds)
        .onFailure(error -> log.warn("Could not balance event partitions with other instances: {}", error.toString()))
        .onComplete(done -> nudgeAll());
  }

  private void nudgeAll() {
    loops.forEach(PluginEventLoop::nudge);
  }

  @Override
  public Future<?> stop() {
    loops.forEach(PluginEventLoop::stop);
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    Future<Void> unregistered = nudges == null ? Future.succeededFuture() : nudges.unregister();
    return unregistered
        .eventually(() -> shares == null ? Future.succeededFuture() : shares.close())
        .eventually(() -> pool == null ? Future.succeededFuture() : pool.close());
  }
}
