package dev.patron.plugins.invoicing.account;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * Sums what a customer owes, for the credit limit, the balance route and the archive veto: pending
 * charges (neither invoiced nor cancelled), what is open on unpaid invoices, and of that what is overdue.
 */
public final class BalanceRepository {

  private static final String BALANCE = "SELECT"
      + " (SELECT coalesce(sum(amount), 0)::bigint FROM invoicing.charges"
      + "   WHERE tenant_id = $1 AND customer_id = $2 AND invoice_id IS NULL AND cancelled_at IS NULL)"
      + "   AS pending,"
      + " (SELECT coalesce(sum(total - paid - credited), 0)::bigint FROM invoicing.invoices"
      + "   WHERE tenant_id = $1 AND customer_id = $2 AND status IN ('OPEN', 'PARTIALLY_PAID', 'OVERDUE')) AS open,"
      + " (SELECT coalesce(sum(total - paid - credited), 0)::bigint FROM invoicing.invoices"
      + "   WHERE tenant_id = $1 AND customer_id = $2 AND status = 'OVERDUE') AS overdue";

  public Future<Balance> balance(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery(BALANCE).execute(Tuple.of(tenantId, customerId)).map(rows -> {
      Row row = rows.iterator().next();
      return new Balance(row.getLong("pending"), row.getLong("open"), row.getLong("overdue"));
    });
  }
}
