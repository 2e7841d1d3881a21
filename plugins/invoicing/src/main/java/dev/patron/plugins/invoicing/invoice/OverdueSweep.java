package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns invoices OVERDUE once their due date has passed in the restaurant's time zone, each with
 * an {@value InvoiceEvents#OVERDUE} event in the same transaction. Runs in batches until none is
 * left; instances sweeping at once skip each other's rows, so every invoice turns exactly once.
 */
public final class OverdueSweep {

  static final int BATCH = 200;
  private static final Logger LOG = LoggerFactory.getLogger(OverdueSweep.class);

  private final PluginContext context;
  private final Clock clock;
  private final InvoiceRepository invoices = new InvoiceRepository();
  private final InvoiceEvents events;

  public OverdueSweep(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
    this.events = new InvoiceEvents(context);
  }

  /** Sweeps until nothing is left to turn; the number of invoices turned. */
  public Future<Integer> run() {
    return batch().compose(turned -> turned < BATCH ? Future.succeededFuture(turned)
        : run().map(more -> turned + more));
  }

  private Future<Integer> batch() {
    return context.pool().withTransaction(tx -> invoices.markOverdue(tx, Rows.now(clock), BATCH)
        .compose(turned -> {
          Future<Void> published = Future.succeededFuture();
          for (InvoiceRepository.TenantInvoice t : turned) {
            // Events need only the tenant's id; the sweep works for every tenant at once.
            Tenant tenant = new Tenant(t.tenantId(), null, t.invoice().currency(), null, null);
            published = published.compose(v -> events.publish(tx, tenant, InvoiceEvents.OVERDUE, t.invoice()));
          }
          return published.map(turned.size());
        }))
        .onFailure(error -> LOG.warn("Overdue sweep failed; the next one tries again", error));
  }
}
