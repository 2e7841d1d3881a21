package dev.patron.server.http;

import dev.patron.server.EventLoopServices;
import dev.patron.server.ServerContext;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;
import java.util.concurrent.TimeUnit;

/**
 * One instance per event loop, each with its own database clients built inside its own context,
 * so every connection lives on the loop that uses it: no hand-off between threads on a request.
 *
 * <p>Reads go through a pipelined client ({@code PgBuilder.client()}): many queries in flight on
 * one connection. Measured on this project's 2-core machine, a shared {@code Pool} built outside a
 * Vert.x context reached 0.24-0.31 of pgbench on a primary-key SELECT; a pipelined client per event
 * loop reached 0.70. Transactions need a connection of their own, so writes use a small pool, also
 * per event loop.
 */
public final class HttpVerticle extends VerticleBase {

  static final int PIPELINING_LIMIT = 256;

  private final ServerContext shared;
  private HttpServer server;
  private Pool pool;
  private SqlClient reader;
  private SqlClient readOnly;

  public HttpVerticle(ServerContext shared) {
    this.shared = shared;
  }

  @Override
  public Future<?> start() {
    PgConnectOptions options = shared.database().connectOptions();
    pool = PgBuilder.pool()
        .with(new PoolOptions().setName("api").setMaxSize(shared.config().databasePoolSize()))
        .connectingTo(options)
        .using(vertx)
        .build();
    reader = PgBuilder.client()
        .with(new PoolOptions().setName("api-reads").setMaxSize(shared.config().databaseReadConnections()))
        .connectingTo(new PgConnectOptions(options).setPipeliningLimit(PIPELINING_LIMIT))
        .using(vertx)
        .build();
    // For plugins' overview sections: the server refuses every write on these connections.
    readOnly = PgBuilder.client()
        .with(new PoolOptions().setName("plugin-reads").setMaxSize(shared.config().databaseReadConnections()))
        .connectingTo(new PgConnectOptions(options).setPipeliningLimit(PIPELINING_LIMIT)
            .addProperty("default_transaction_read_only", "on"))
        .using(vertx)
        .build();
    server = vertx.createHttpServer(new HttpServerOptions()
        .setHost(shared.config().host())
        .setPort(shared.config().port())
        .setMaxInitialLineLength(8192));
    return server.requestHandler(ApiRouter.create(shared, EventLoopServices.create(vertx, shared, pool, reader), readOnly))
        .invalidRequestHandler(new InvalidRequestResponder())
        .listen()
        .onSuccess(bound -> shared.boundPort().set(bound.actualPort()));
  }

  @Override
  public Future<?> stop() {
    return server.shutdown(10, TimeUnit.SECONDS)
        .eventually(() -> reader.close())
        .eventually(() -> readOnly.close())
        .eventually(() -> pool.close());
  }
}
