package dev.patron.server.imports;

import dev.patron.core.customer.file.CustomerImportWork;
import dev.patron.core.customer.file.CustomerImports;
import dev.patron.kit.jobs.JobWorker;
import dev.patron.server.EventLoopServices;
import dev.patron.server.ServerContext;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlClient;

/**
 * Runs customer imports in the background, one at a time per instance, with connections of its
 * own so an import never takes the request pools' connections. Stopping lets the batch in flight
 * commit and hands its job back, so the next start (of any instance) goes on from there.
 */
public final class CustomerImportVerticle extends VerticleBase {

  private final ServerContext shared;
  private Pool pool;
  private SqlClient reader;
  private JobWorker worker;

  public CustomerImportVerticle(ServerContext shared) {
    this.shared = shared;
  }

  @Override
  public Future<?> start() {
    pool = PgBuilder.pool().with(new PoolOptions().setName("imports").setMaxSize(3)).connectingTo(shared.database().connectOptions())
        .using(vertx).build();
    reader = PgBuilder.client().with(new PoolOptions().setName("imports").setMaxSize(1)).connectingTo(shared.database().connectOptions())
        .using(vertx).build();
    EventLoopServices services = EventLoopServices.create(vertx, shared, pool, reader);
    CustomerImportWork work = new CustomerImportWork(services.customers(),
        (tx, tenantId) -> shared.directory().context(tenantId, tx));
    worker = new JobWorker(vertx, pool, CustomerImports.TABLES, work,
        CustomerImports.SETTINGS.withBatchSize(shared.config().imports().batchRows()));
    return worker.start();
  }

  @Override
  public Future<?> stop() {
    return worker.stop().eventually(() -> reader.close()).eventually(() -> pool.close());
  }
}
