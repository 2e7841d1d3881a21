package dev.patron.server.plugins.events;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Tuple;
import java.util.HashSet;
import java.util.Set;

/**
 * Which plugins this instance delivers events for: a session-level advisory lock per plugin on a
 * connection of its own, so with N instances each plugin has one deliverer at a time. If the
 * connection drops, PostgreSQL releases the locks and every instance competes again. (Deliveries
 * stay correct without it — each one first locks the plugin's cursor row — the lock only spares
 * instances from queueing on that row.) Used from one event loop.
 */
final class DispatchLock {

  private final Vertx vertx;
  private final PgConnectOptions options;
  private final Set<String> held = new HashSet<>();
  private PgConnection connection;
  private Future<PgConnection> connecting;

  DispatchLock(Vertx vertx, PgConnectOptions options) {
    this.vertx = vertx;
    this.options = options;
  }

  /** Whether this instance delivers for the plugin, taking the lock if it is free. */
  Future<Boolean> hold(String pluginId) {
    if (connection != null && held.contains(pluginId)) {
      return Future.succeededFuture(true);
    }
    return connection().compose(c -> c.preparedQuery("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked")
        .execute(Tuple.of("patron.events:" + pluginId))
        .map(rows -> {
          boolean locked = rows.iterator().next().getBoolean("locked");
          if (locked) {
            held.add(pluginId);
          }
          return locked;
        }));
  }

  private Future<PgConnection> connection() {
    if (connection != null) {
      return Future.succeededFuture(connection);
    }
    if (connecting == null) {
      connecting = PgConnection.connect(vertx, options)
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
