package dev.patron.plugins.sales.it;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's embedded database, reached behind the API's back: only to damage statistics on
 * purpose, so the maintenance route has drift to find. The port is the one the server logged.
 */
final class Database implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("Embedded PostgreSQL ready on port (\\d+)");

  private final Vertx vertx = Vertx.vertx();
  private final Pool pool;

  private Database(int port) {
    pool = PgBuilder.pool().connectingTo(new PgConnectOptions().setHost("localhost").setPort(port)
        .setDatabase("patron").setUser("postgres")).using(vertx).build();
  }

  static Database of(PatronExtension patron) {
    try {
      // The last start's port: a server started again logs it again.
      Matcher matcher = READY.matcher(Files.readString(patron.server().logFile()));
      String port = null;
      while (matcher.find()) {
        port = matcher.group(1);
      }
      if (port == null) {
        throw new IllegalStateException("the server log names no embedded database port");
      }
      return new Database(Integer.parseInt(port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs one statement and returns how many rows it changed. */
  int update(String sql, Object... params) {
    try {
      return pool.preparedQuery(sql).execute(Tuple.from(params)).toCompletionStage().toCompletableFuture()
          .get(10, TimeUnit.SECONDS).rowCount();
    } catch (Exception e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs one query whose first column of its one row is a number. */
  long count(String sql, Object... params) {
    try {
      return pool.preparedQuery(sql).execute(Tuple.from(params)).toCompletionStage().toCompletableFuture()
          .get(10, TimeUnit.SECONDS).iterator().next().getLong(0);
    } catch (Exception e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pool.close();
    vertx.close();
  }
}
