package dev.patron.server.plugins.events;

import dev.patron.api.plugin.PluginEvents;
import dev.patron.api.problem.ProblemException;
import dev.patron.kit.sql.Rows;
import dev.patron.core.event.DispatchPartitions;
import dev.patron.core.event.EventPosition;
import dev.patron.core.event.PluginDelivery;
import dev.patron.core.event.PluginDeliveryRepository;
import dev.patron.core.event.PluginDeliveryRepository.SubjectKey;
import dev.patron.core.event.StoredEvent;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.tenants.TenantDirectory;
import dev.patron.server.plugins.LoadedPlugin;
import dev.patron.server.plugins.SubscribedListener;
import dev.patron.server.plugins.hooks.GuardedSqlClient;
import dev.patron.server.metrics.DeliveryMetrics;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one partition of the outbox ({@link DispatchPartitions}: the events of a share of the
 * tenants) to one plugin's listeners, on its own, so a slow or failing plugin delays nobody else,
 * and works only while this instance holds the partition ({@link DispatchShares}).
 *
 * <p>Each step first retries waiting deliveries that are due, then reads new events past the
 * plugin's cursor. A delivery is one transaction: advance the cursor (which locks it, so no other
 * instance delivers the same event), call the listeners with that transaction, commit; new events
 * read together are delivered in one such transaction, or one by one when that fails. A failure
 * rolls all of it back and parks the event with a backoff; later events about the same subject park
 * behind it, so each subject's events arrive in order. Only events of the types the plugin's
 * listeners asked for are delivered; the cursor passes the others by. Confined to one event loop.
 */
final class PluginEventLoop {

  static final int BATCH = 100;
  static final int DUE_BATCH = 50;
  private static final Logger log = LoggerFactory.getLogger(PluginEventLoop.class);

  private final LoadedPlugin plugin;
  private final int partition;
  private final Pool pool;
  private final DispatchShares shares;
  private final TenantDirectory directory;
  private final RetryPolicy retry;
  private final Duration timeout;
  private final Clock clock;
  private final PluginEvents pluginEvents;
  private final PluginDeliveryRepository deliveries = new PluginDeliveryRepository();
  private final RetryAlarm alarm;
  private final DeliveryMetrics metrics;
  private boolean running;
  private boolean stopped;
  private boolean again;

  PluginEventLoop(Vertx vertx, LoadedPlugin plugin, int partition, Pool pool, DispatchShares shares,
      TenantDirectory directory, RetryPolicy retry, Duration timeout, Clock clock, PluginEvents pluginEvents,
      DeliveryMetrics metrics) {
    this.alarm = new RetryAlarm(vertx, this::nudge);
    this.plugin = plugin;
    this.partition = partition;
    this.pool = pool;
    this.shares = shares;
    this.metrics = metrics;
    this.directory = directory;
    this.retry = retry;
    this.timeout = timeout;
    this.clock = clock;
    this.pluginEvents = pluginEvents;
  }

  /** Looks for work now; while a step runs, one more step is queued. */
  void nudge() {
    if (stopped) {
      return;
    }
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    step().onComplete(result -> {
      running = false;
      if (result.failed() && !stopped) {
        log.warn("Delivering events to plugin {} (partition {}) failed; will retry: {}", plugin.id(), partition,
            result.cause().toString());
      }
      if (again || (result.succeeded() && result.result())) {
        nudge();
      }
    });
  }

  /** Takes no more work: the server is stopping (a step in flight ends, or fails as its pool closes). */
  void stop() {
    stopped = true;
  }

  /** One round of work; {@code true} when there may be more right away. */
  private Future<Boolean> step() {
    if (!shares.holds(plugin.id(), partition)) {
      return Future.succeededFuture(false);
    }
    return retryDue().compose(retried -> deliverNew().map(delivered -> retried || delivered));
  }

  private Future<Boolean> retryDue() {
    return deliveries.due(pool, plugin.id(), partition, Rows.now(clock), DUE_BATCH)
        .compose(due -> sequentially(due, this::retry).map(!due.isEmpty()));
  }

  private Future<Void> retry(PluginDelivery delivery) {
    int attempt = delivery.attempts() + 1;
    return contextOf(delivery.event()).compose(context -> {
      if (context == null || !context.pluginEnabled(plugin.id())) {
        // The tenant no longer takes this plugin's events.
        return pool.withTransaction(tx -> deliveries.take(tx, delivery)).mapEmpty();
      }
      return pool.withTransaction(tx -> deliveries.take(tx, delivery).compose(taken -> taken
              ? deliver(tx, delivery.event(), context, attempt).map(true)
              : Future.succeededFuture(false)))
          .map(delivered -> {
            if (delivered) {
              delivered(delivery.event());
            }
            return (Void) null;
          })
          .recover(error -> {
            Instant now = Rows.now(clock);
            boolean dead = retry.exhausted(attempt);
            logFailure(delivery.event(), attempt, dead, error);
            metrics.failed(plugin.id(), dead);
            // One draw of the jittered delay: the alarm must not ring before the stored due time.
            Duration delay = retry.delayAfter(attempt);
            if (!dead) {
              alarm.in(delay);
            }
            return deliveries.failed(pool, delivery, attempt, dead, now.plus(delay), describe(error), now);
          });
    });
  }

  private Future<Boolean> deliverNew() {
    Instant now = Rows.now(clock);
    return deliveries.cursor(pool, plugin.id(), partition, now).compose(cursor -> deliveries.after(pool, partition,
        cursor, BATCH).compose(events -> {
          if (events.isEmpty()) {
            return Future.succeededFuture(false);
          }
          StepCursor step = new StepCursor(deliveries, plugin.id(), partition, cursor);
          List<StoredEvent> typed = events.stream().filter(e -> plugin.listensFor(e.type())).toList();
          Set<UUID> tenants = typed.stream().map(StoredEvent::tenantId).collect(Collectors.toSet());
          Future<Set<UUID>> enabledTenants = tenants.isEmpty()
              ? Future.succeededFuture(Set.of())
              : deliveries.enabledTenants(pool, plugin.id(), tenants);
          EventPosition last = events.get(events.size() - 1).position();
          return enabledTenants.compose(enabled -> {
            List<StoredEvent> wanted = typed.stream().filter(e -> enabled.contains(e.tenantId())).toList();
            Future<Set<SubjectKey>> waiting = wanted.isEmpty()
                ? Future.succeededFuture(Set.of())
                : deliveries.waitingSubjects(pool, plugin.id(), wanted);
            return waiting.compose(found -> {
              Set<SubjectKey> blocked = new HashSet<>(found);
              return wanted.size() < 2
                  ? sequentially(wanted, event -> take(event, blocked, step))
                  : takeTogether(wanted, blocked, now, step)
                      .recover(error -> sequentially(wanted, event -> take(event, blocked, step)));
            });
          })
              // Past the events the plugin does not take, too.
              .compose(v -> step.advance(pool, last, now).map(moved -> {
                if (moved) {
                  step.committed(last);
                }
                return true;
              }));
        }));
  }

  /**
   * Delivers new events in one transaction: the cursor moves past them all, and every listener call
   * commits with it (one commit instead of one per event, which bounded delivery at a thousand or
   * so events a second). Any failure rolls all of it back; the caller then takes the events one by
   * one, so only the failing event is retried and parked.
   */
  private Future<Void> takeTogether(List<StoredEvent> events, Set<SubjectKey> blocked, Instant now, StepCursor step) {
    Map<UUID, TenantContext> contexts = new HashMap<>();
    Future<Void> loaded = sequentially(events.stream().map(StoredEvent::tenantId).distinct().toList(),
        tenantId -> directory.context(tenantId, pool).map(context -> {
          contexts.put(tenantId, context);
          return null;
        }));
    EventPosition last = events.get(events.size() - 1).position();
    List<StoredEvent> delivered = new ArrayList<>();
    return loaded.compose(v -> pool.<Boolean>withTransaction(tx -> step.advance(tx, last, now).compose(moved -> !moved
            ? Future.succeededFuture(false)
            : sequentially(events, event -> {
              TenantContext context = contexts.get(event.tenantId());
              if (blocked.contains(new SubjectKey(event.tenantId(), event.subjectId()))) {
                return deliveries.park(tx, plugin.id(), event, false, 0, now, null, now);
              }
              if (context == null) {
                return Future.succeededFuture();
              }
              delivered.add(event);
              return deliver(tx, event, context, 1);
            }).map(true))))
        .map(moved -> {
          if (moved) {
            step.committed(last);
            delivered.forEach(this::delivered);
          }
          return (Void) null;
        });
  }

  /** Delivers a new event, or parks it behind an earlier one about its subject. */
  private Future<Void> take(StoredEvent event, Set<SubjectKey> blocked, StepCursor step) {
    SubjectKey subject = new SubjectKey(event.tenantId(), event.subjectId());
    Instant now = Rows.now(clock);
    if (blocked.contains(subject)) {
      return moveAndPark(step, event, false, 0, now, null, now);
    }
    return contextOf(event).compose(context -> {
      if (context == null) {
        return Future.succeededFuture();
      }
      return pool.withTransaction(tx -> step.advance(tx, event.position(), now)
              .compose(moved -> moved ? deliver(tx, event, context, 1).map(true) : Future.succeededFuture(false)))
          .map(delivered -> {
            if (delivered) {
              step.committed(event.position());
              delivered(event);
            }
            return (Void) null;
          })
          .recover(error -> {
            boolean dead = retry.exhausted(1);
            logFailure(event, 1, dead, error);
            metrics.failed(plugin.id(), dead);
            Duration delay = retry.delayAfter(1);
            if (!dead) {
              blocked.add(subject);
              alarm.in(delay);
            }
            return moveAndPark(step, event, dead, 1, now.plus(delay), describe(error), now);
          });
    });
  }

  /** Moves the cursor past the event and parks it, in one transaction. */
  private Future<Void> moveAndPark(StepCursor step, StoredEvent event, boolean dead, int attempts, Instant next,
      String error, Instant now) {
    return pool.withTransaction(tx -> step.advance(tx, event.position(), now).compose(moved -> moved
            ? deliveries.park(tx, plugin.id(), event, dead, attempts, next, error, now).map(true)
            : Future.succeededFuture(false)))
        .map(moved -> {
          if (moved) {
            step.committed(event.position());
          }
          return (Void) null;
        });
  }

  /**
   * Calls each listener of the plugin that asked for the event's type, one after another, with the
   * delivery's transaction, within the time limit.
   */
  private Future<Void> deliver(SqlConnection tx, StoredEvent stored, TenantContext context, int attempt) {
    return GuardedSqlClient.during(tx, plugin.id(), timeout, sql -> {
      HostDeliveryContext delivery = new HostDeliveryContext(context.tenant(), context.pluginConfig(plugin.id()).copy(),
          sql, attempt, pluginEvents, tx.transaction());
      Future<Void> chain = Future.succeededFuture();
      for (SubscribedListener listener : plugin.listeners()) {
        if (listener.wants(stored.type())) {
          chain = chain.compose(v -> listener.listener().onEvent(stored.toEvent(), delivery));
        }
      }
      return chain;
    });
  }

  private void delivered(StoredEvent event) {
    metrics.delivered(plugin.id(), event.occurredAt(), clock.instant());
  }

  private Future<TenantContext> contextOf(StoredEvent event) {
    return directory.context(event.tenantId(), pool);
  }

  private void logFailure(StoredEvent event, int attempt, boolean dead, Throwable error) {
    log.atWarn().addKeyValue("plugin", plugin.id()).addKeyValue("partition", partition).addKeyValue("event", event.id()).addKeyValue("attempt", attempt)
        .log(dead ? "Event dead-lettered after {} attempts: {}" : "Event delivery failed (attempt {}), will retry: {}",
            attempt, describe(error));
  }

  static String describe(Throwable error) {
    String text;
    if (error instanceof ProblemException problem) {
      text = problem.problem().title() + (problem.problem().detail() == null ? "" : ": " + problem.problem().detail());
    } else if (error instanceof TimeoutException) {
      text = "did not finish in time";
    } else {
      text = error.toString();
    }
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  private static <T> Future<Void> sequentially(List<T> items, Function<T, Future<Void>> action) {
    Future<Void> chain = Future.succeededFuture();
    for (T item : items) {
      chain = chain.compose(v -> action.apply(item));
    }
    return chain;
  }
}
