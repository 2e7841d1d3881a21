package dev.patron.plugins.sales.imports;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginLifecycle;
import dev.patron.kit.jobs.JobWorker;
import dev.patron.plugins.sales.http.SalesClock;
import io.vertx.core.Future;
import org.pf4j.Extension;

/**
 * Runs the history imports in the background: a worker starts with the plugin and stops with it,
 * letting the batch in flight commit and handing its job back, so the next start (of any
 * instance) goes on from there at once.
 */
@Extension
public class ImportLifecycle implements PluginLifecycle {

  private JobWorker worker;

  @Override
  public Future<Void> start(PluginContext context) {
    worker = new JobWorker(context.vertx(), context.pool(), SalesImports.TABLES,
        new ReceiptImportWork(context.events(), SalesClock.system()), SalesImports.SETTINGS);
    return worker.start();
  }

  @Override
  public Future<Void> stop() {
    return worker == null ? Future.succeededFuture() : worker.stop();
  }
}
