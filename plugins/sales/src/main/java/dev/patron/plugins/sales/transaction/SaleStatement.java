package dev.patron.plugins.sales.transaction;

import dev.patron.kit.sql.Rows;
import dev.patron.plugins.sales.statistics.StatisticsRepository;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.UUID;

/**
 * A posted receipt written in two statements, sent together: the receipt (unless the tenant has
 * its receipt id already) with its lines, from the one row the insert returns, and whether the
 * customer is the restaurant's; then what it adds to the customer's statistics ({@link
 * StatisticsRepository#recordSale}), which finds the receipt only if the first inserted it.
 *
 * <p>Each stays under the 2 048 characters up to which the database client caches a prepared
 * statement (longer ones are parsed and planned anew on every execution, which cost a third of
 * the post's time in the database when this was one statement).
 *
 * <p>The caller takes the customer's lock in the statement before, so these statements'
 * snapshots, taken after it, see an archive of the customer that committed meanwhile.
 */
final class SaleStatement {

  /** What the statements did: whether they inserted the receipt, and whether its customer (if any) exists. */
  record Written(boolean inserted, boolean customerKnown) {
  }

  static final String SQL = "WITH t AS (INSERT INTO sales.transactions (tenant_id, id, receipt_id, fingerprint,"
      + " customer_id, closed_at, closed_on, location, register, staff, order_profile_id, prices_include_tax, currency,"
      + " line_count, discounts, service_charge, taxes, total, tip, payments, created_at)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)"
      + " ON CONFLICT (tenant_id, receipt_id) DO NOTHING RETURNING id),"
      + " lines AS (INSERT INTO sales.transaction_lines (tenant_id, transaction_id, " + LineRepository.COLUMNS + ")"
      + " SELECT $1, t.id, " + LineRepository.JSON_VALUES + " FROM t CROSS JOIN " + LineRepository.fromJson(22) + ")"
      + " SELECT EXISTS (SELECT 1 FROM t) AS inserted, ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM patron.customers c"
      + " WHERE c.tenant_id = $1 AND c.id = $5)) AS customer_known";

  private static final StatisticsRepository statistics = new StatisticsRepository();

  private SaleStatement() {
  }

  static Future<Written> write(SqlClient tx, UUID tenantId, Transaction t, byte[] fingerprint, Instant now) {
    Tuple values = Tuple.tuple().addValue(tenantId).addValue(t.id()).addValue(t.receiptId())
        .addValue(Buffer.buffer(fingerprint)).addValue(t.customerId()).addValue(Rows.param(t.closedAt()))
        .addValue(t.closedOn()).addValue(t.location()).addValue(t.register()).addValue(t.staff())
        .addValue(t.orderProfileId()).addValue(t.pricesIncludeTax()).addValue(t.currency())
        .addValue(t.lines().size()).addValue(TransactionColumns.discounts(t.discounts())).addValue(t.serviceCharge())
        .addValue(TransactionColumns.taxes(t.taxes())).addValue(t.total()).addValue(t.tip())
        .addValue(TransactionColumns.payments(t.payments())).addValue(Rows.param(now))
        .addValue(LineRepository.json(t.lines()));
    Future<Written> written = tx.preparedQuery(SQL).execute(values).map(rows -> {
      Row row = rows.iterator().next();
      return new Written(row.getBoolean("inserted"), row.getBoolean("customer_known"));
    });
    Future<Void> counted = t.customerId() == null
        ? Future.succeededFuture()
        : statistics.recordSale(tx, tenantId, t.id(), now);
    return Future.all(written, counted).map(done -> written.result());
  }
}
