package dev.patron.server.plugins.hooks;

import dev.patron.api.event.Actor;
import io.vertx.core.Future;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * A plugin's handle on a transaction that belongs to the host. It stops working once the plugin
 * call is over — returned, failed or timed out — so a plugin can neither run statements on a
 * connection that went back to the pool and now serves another request, nor close the
 * transaction itself.
 */
public final class GuardedSqlClient implements SqlClient {

  private final SqlClient transaction;
  private final String owner;
  private final Actor actor;
  private volatile boolean open = true;

  public GuardedSqlClient(SqlClient transaction, String owner) {
    this(transaction, owner, null);
  }

  private GuardedSqlClient(SqlClient transaction, String owner, Actor actor) {
    this.transaction = transaction;
    this.owner = owner;
    this.actor = actor;
  }

  /**
   * Runs one plugin call with a handle on {@code target} that works only while the call runs: the
   * call is cut off after {@code limit}, and however it ends, returned, failed or timed out, the
   * handle is revoked.
   */
  public static <T> Future<T> during(SqlClient target, String pluginId, Duration limit,
      Function<SqlClient, Future<T>> call) {
    return during(target, pluginId, limit, null, call);
  }

  /**
   * As {@link #during(SqlClient, String, Duration, Function)}, for a call inside a write whose
   * {@code actor} is known (a customer hook): events the plugin appends through this handle name
   * that actor, whichever request's context the shared transaction runs on.
   */
  public static <T> Future<T> during(SqlClient target, String pluginId, Duration limit, Actor actor,
      Function<SqlClient, Future<T>> call) {
    GuardedSqlClient sql = new GuardedSqlClient(target, "plugin " + pluginId, actor);
    return call.apply(sql).timeout(limit.toMillis(), TimeUnit.MILLISECONDS).andThen(done -> sql.revoke());
  }

  /** Who made the write this handle's call is part of; {@code null} when the host did not say. */
  public Actor actor() {
    return actor;
  }

  /** Ends the plugin's access. */
  public void revoke() {
    open = false;
  }

  /**
   * The transaction behind this handle, for a host service acting on the plugin's behalf inside it
   * (e.g. appending the plugin's event, which must know when the transaction commits).
   *
   * @throws IllegalStateException once the plugin's access has ended
   */
  public SqlClient target() {
    if (!open) {
      throw new IllegalStateException("the transaction given to " + owner + " is no longer usable: the call it"
          + " belonged to is over");
    }
    return transaction;
  }

  private <T> Future<T> refused() {
    return Future.failedFuture(new IllegalStateException(
        "the transaction given to " + owner + " is no longer usable: the call it belonged to is over"));
  }

  @Override
  public Query<RowSet<Row>> query(String sql) {
    return new GuardedQuery<>(transaction.query(sql));
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
    return new GuardedPreparedQuery<>(transaction.preparedQuery(sql));
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
    return new GuardedPreparedQuery<>(transaction.preparedQuery(sql, options));
  }

  /** Closing is the host's business: this only ends the plugin's access. */
  @Override
  public Future<Void> close() {
    revoke();
    return Future.succeededFuture();
  }

  private class GuardedQuery<T> implements Query<T> {
    private final Query<T> query;

    GuardedQuery(Query<T> query) {
      this.query = query;
    }

    @Override
    public Future<T> execute() {
      return open ? query.execute() : refused();
    }

    @Override
    public <R> Query<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
      return new GuardedQuery<>(query.collecting(collector));
    }

    @Override
    public <U> Query<RowSet<U>> mapping(Function<Row, U> mapper) {
      return new GuardedQuery<>(query.mapping(mapper));
    }
  }

  private final class GuardedPreparedQuery<T> extends GuardedQuery<T> implements PreparedQuery<T> {
    private final PreparedQuery<T> query;

    GuardedPreparedQuery(PreparedQuery<T> query) {
      super(query);
      this.query = query;
    }

    @Override
    public Future<T> execute(Tuple tuple) {
      return open ? query.execute(tuple) : refused();
    }

    @Override
    public Future<T> executeBatch(List<Tuple> batch) {
      return open ? query.executeBatch(batch) : refused();
    }

    @Override
    public <R> PreparedQuery<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
      return new GuardedPreparedQuery<>(query.collecting(collector));
    }

    @Override
    public <U> PreparedQuery<RowSet<U>> mapping(Function<Row, U> mapper) {
      return new GuardedPreparedQuery<>(query.mapping(mapper));
    }
  }
}
