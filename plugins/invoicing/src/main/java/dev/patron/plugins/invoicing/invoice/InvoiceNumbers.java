package dev.patron.plugins.invoicing.invoice;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * Hands out a tenant's invoice numbers without gaps or duplicates, also across server instances:
 * the next number comes from the tenant's counter row in the invoice's own transaction. The
 * update locks the row, so concurrent invoices take turns, and a rollback gives the number back.
 * Call it last, right before the invoice is inserted, to hold the lock briefly.
 */
public final class InvoiceNumbers {

  private static final String NEXT = "INSERT INTO invoicing.invoice_counters (tenant_id, last_seq_no) VALUES ($1, 1)"
      + " ON CONFLICT (tenant_id) DO UPDATE SET last_seq_no = invoice_counters.last_seq_no + 1"
      + " RETURNING last_seq_no";

  public Future<Long> next(SqlClient tx, UUID tenantId) {
    return tx.preparedQuery(NEXT).execute(Tuple.of(tenantId)).map(rows -> rows.iterator().next().getLong(0));
  }
}
