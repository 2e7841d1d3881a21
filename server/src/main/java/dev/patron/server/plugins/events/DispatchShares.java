package dev.patron.server.plugins.events;

import dev.patron.core.event.DispatchPartitions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which event partitions this instance delivers, so N instances share each plugin's work: every
 * instance joins with a shared advisory lock (their count is what {@code pg_locks} shows), takes its
 * fair share of each plugin's partitions ({@code ceil(partitions / instances)}) with one session
 * advisory lock per partition, and gives back what it holds beyond that share when another instance
 * joins ({@code patron_events_partitions_held} shows the split). All on one connection of its own: if it drops, or the instance dies, PostgreSQL releases
 * the locks and the others take the partitions over at their next {@link #rebalance}.
 *
 * <p>Correctness does not rest on these locks: each delivery first moves its partition's cursor
 * from where it read it ({@link StepCursor}), which locks the row and fails if another instance
 * moved it first, so two instances never deliver one event — the locks only spread the work, and
 * spare instances from queueing on one row, while partitions change hands. Used from one event loop.
 */
final class DispatchShares {

  /** The first key of every dispatch lock; the second is 0 for membership, partition + 1 otherwise. */
  private static final String KEY = "hashtext('patron.events:' || $1)";
  private static final String MEMBERS = "patron.events.members";

  private record Held(String pluginId, int partition) {
  }

  private final Vertx vertx;
  private final PgConnectOptions options;
  // Read by the metrics scrape from another thread.
  private final Set<Held> held = ConcurrentHashMap.newKeySet();
  private PgConnection connection;
  private Future<PgConnection> connecting;
  private Future<Void> rebalancing;

  DispatchShares(Vertx vertx, PgConnectOptions options) {
    this.vertx = vertx;
    this.options = options;
  }

  /** Whether this instance delivers the partition's events now. */
  boolean holds(String pluginId, int partition) {
    return connection != null && held.contains(new Held(pluginId, partition));
  }

  /** How many of the plugin's partitions this instance holds. */
  int heldOf(String pluginId) {
    return (int) held.stream().filter(h -> h.pluginId().equals(pluginId)).count();
  }

  /**
   * Counts the instances, then for each plugin gives back partitions beyond this instance's share
   * and tries to take free ones up to it (starting at a random one, so instances joining together
   * do not all reach for the same).
   */
  Future<Void> rebalance(List<String> pluginIds) {
    // One at a time: two overlapping rounds would both take a free partition, and PostgreSQL
    // counts a session's advisory locks, so giving it back once later would not free it.
    if (rebalancing != null) {
      return rebalancing;
    }
    Future<Void> round = balanceAll(pluginIds);
    if (!round.isComplete()) {
      rebalancing = round;
      round.onComplete(done -> rebalancing = null);
    }
    return round;
  }

  private Future<Void> balanceAll(List<String> pluginIds) {
    return connection().compose(c -> instances(c).compose(instances -> {
      int share = (DispatchPartitions.COUNT + instances - 1) / instances;
      Future<Void> chain = Future.succeededFuture();
      for (String pluginId : pluginIds) {
        chain = chain.compose(v -> balance(c, pluginId, share));
      }
      return chain;
    }));
  }

  private Future<Void> balance(PgConnection c, String pluginId, int share) {
    List<Held> mine = held.stream().filter(h -> h.pluginId().equals(pluginId)).toList();
    if (mine.size() > share) {
      Future<Void> chain = Future.succeededFuture();
      for (Held extra : mine.subList(share, mine.size())) {
        chain = chain.compose(v -> c.preparedQuery("SELECT pg_advisory_unlock(" + KEY + ", $2)")
            .execute(Tuple.of(pluginId, extra.partition() + 1))
            .map(rows -> {
              held.remove(extra);
              return null;
            }));
      }
      return chain;
    }
    List<Integer> free = new ArrayList<>();
    int start = ThreadLocalRandom.current().nextInt(DispatchPartitions.COUNT);
    for (int i = 0; i < DispatchPartitions.COUNT; i++) {
      int partition = (start + i) % DispatchPartitions.COUNT;
      if (!held.contains(new Held(pluginId, partition))) {
        free.add(partition);
      }
    }
    return tryTake(c, pluginId, free, share - mine.size());
  }

  private Future<Void> tryTake(PgConnection c, String pluginId, List<Integer> candidates, int wanted) {
    if (wanted <= 0 || candidates.isEmpty()) {
      return Future.succeededFuture();
    }
    int partition = candidates.get(0);
    return c.preparedQuery("SELECT pg_try_advisory_lock(" + KEY + ", $2) AS locked")
        .execute(Tuple.of(pluginId, partition + 1))
        .compose(rows -> {
          boolean locked = rows.iterator().next().getBoolean("locked");
          if (locked) {
            held.add(new Held(pluginId, partition));
          }
          return tryTake(c, pluginId, candidates.subList(1, candidates.size()), locked ? wanted - 1 : wanted);
        });
  }

  /** Instances that joined this database's dispatch (this one included). */
  private Future<Integer> instances(PgConnection c) {
    return c.preparedQuery("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND classid = (" + KEY + ")::oid AND objid = 0 AND objsubid = 2")
        .execute(Tuple.of(MEMBERS))
        .map(rows -> Math.max(1, rows.iterator().next().getLong("n").intValue()));
  }

  private Future<PgConnection> connection() {
    if (connection != null) {
      return Future.succeededFuture(connection);
    }
    if (connecting == null) {
      connecting = PgConnection.connect(vertx, options)
          .compose(c -> c.preparedQuery("SELECT pg_advisory_lock_shared(" + KEY + ", 0)").execute(Tuple.of(MEMBERS))
              .map(joined -> c))
          .onSuccess(c -> {
            connection = c;
            c.closeHandler(v -> {
              connection = null;
              held.clear();
            });
          })
          .andThen(done -> connecting = null);
    }
    return connecting;
  }

  Future<Void> close() {
    held.clear();
    return connection == null ? Future.succeededFuture() : connection.close();
  }
}
