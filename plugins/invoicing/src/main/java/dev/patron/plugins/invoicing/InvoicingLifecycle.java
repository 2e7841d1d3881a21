package dev.patron.plugins.invoicing;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginLifecycle;
import dev.patron.plugins.invoicing.invoice.OverdueSweep;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.pf4j.Extension;

/**
 * Sweeps for overdue invoices once at start, then every {@code OVERDUE_CHECK_SECONDS}; a sweep in
 * progress is not started twice. Bad host settings keep the plugin from starting, with the reason.
 */
@Extension
public class InvoicingLifecycle implements PluginLifecycle {

  private Vertx vertx;
  private long timer = -1;
  private boolean sweeping;
  private OverdueSweep sweep;

  @Override
  public Future<Void> start(PluginContext context) {
    InvoicingHostSettings settings;
    try {
      settings = InvoicingHostSettings.from(context.settings());
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(e);
    }
    vertx = context.vertx();
    sweep = new OverdueSweep(context, settings.clock());
    timer = vertx.setPeriodic(settings.overdueCheckInterval().toMillis(), id -> sweepOnce());
    sweepOnce();
    return Future.succeededFuture();
  }

  private void sweepOnce() {
    if (sweeping) {
      return;
    }
    sweeping = true;
    sweep.run().onComplete(done -> sweeping = false);
  }

  @Override
  public Future<Void> stop() {
    if (vertx != null && timer >= 0) {
      vertx.cancelTimer(timer);
    }
    return Future.succeededFuture();
  }
}
