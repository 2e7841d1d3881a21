package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
          Map<UUID, List<Invoice>> byTenant = turned.stream().collect(Collectors.groupingBy(
              InvoiceRepository.TenantInvoice::tenantId, LinkedHashMap::new,
              Collectors.mapping(InvoiceRepository.TenantInvoice::invoice, Collectors.toList())));
          Future<Void> published = Future.succeededFuture();
          for (Map.Entry<UUID, List<Invoice>> tenantInvoices : byTenant.entrySet()) {
            // Events need only the tenant's id; the sweep works for every tenant at once.
            Tenant tenant = new Tenant(tenantInvoices.getKey(), null, null, null, null);
            published = published.compose(v -> events.publishAll(tx, tenant, InvoiceEvents.OVERDUE,
                tenantInvoices.getValue()));
          }
          return published.map(turned.size());
        }))
        .onFailure(error -> LOG.warn("Overdue sweep failed; the next one tries again", error));
  }
}
