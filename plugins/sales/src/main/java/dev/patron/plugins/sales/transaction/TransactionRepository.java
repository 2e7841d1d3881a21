package dev.patron.plugins.sales.transaction;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

/** SQL for receipts (the {@code transactions} table); every statement is scoped by tenant. */
public final class TransactionRepository {

  /** The columns of a receipt without its lines and refunds. */
  static final String HEADER = "id, receipt_id, customer_id, customer_detached, closed_at, closed_on, location, register,"
      + " staff, order_profile_id, prices_include_tax, currency, line_count, discounts, service_charge, taxes, total, tip,"
      + " payments, refunded_total, refunded_tip, created_at";
  private static final String FIND = "SELECT " + HEADER + " FROM sales.transactions WHERE tenant_id = $1 AND id = $2";
  /** The receipt's row with its lines and refunds as JSON arrays, in the shapes {@link TransactionColumns} reads. */
  private static final String FULL = "SELECT " + HEADER.replaceAll("(\\w+)", "t.$1") + ", (SELECT coalesce(json_agg("
      + "json_build_object('lineNumber', l.line_number, 'productId', l.product_id, 'name', l.name,"
      + " 'category', l.category, 'quantity', l.quantity::text, 'unitPrice', l.unit_price,"
      + " 'lineDiscount', l.line_discount, 'taxRate', l.tax_rate::text, 'amount', l.amount, 'totalShare', l.total_share,"
      + " 'refundedQuantity', l.refunded_quantity::text, 'refundedAmount', l.refunded_amount) ORDER BY l.line_number),"
      + " '[]') FROM sales.transaction_lines l WHERE l.tenant_id = t.tenant_id AND l.transaction_id = t.id) AS line_rows,"
      + " (SELECT coalesce(json_agg(json_build_object('id', r.id, 'amount', r.amount, 'tip', r.tip, 'whole', r.whole,"
      + " 'lines', r.lines, 'refundedAt', r.refunded_at, 'createdAt', r.created_at) ORDER BY r.created_at, r.id), '[]')"
      + " FROM sales.refunds r WHERE r.tenant_id = t.tenant_id AND r.transaction_id = t.id) AS refund_rows"
      + " FROM sales.transactions t WHERE t.tenant_id = $1 AND t.id = $2";

  private final LineRepository lines = new LineRepository();
  private final RefundRepository refunds = new RefundRepository();

  /** The receipt's identity as stored, to judge a re-post of its receipt id. */
  public record StoredReceipt(UUID id, byte[] fingerprint, UUID customerId, boolean customerDetached) {
  }

  /**
   * Inserts the receipt's own row; {@code false} (and nothing written) when the tenant has its
   * receipt id already. A concurrent insert of the same receipt id waits for the first to end.
   */
  public Future<Boolean> insert(SqlClient tx, UUID tenantId, Transaction t, byte[] fingerprint) {
    Tuple values = Tuple.tuple().addValue(tenantId).addValue(t.id()).addValue(t.receiptId())
        .addValue(Buffer.buffer(fingerprint)).addValue(t.customerId()).addValue(Rows.param(t.closedAt()))
        .addValue(t.closedOn()).addValue(t.location()).addValue(t.register()).addValue(t.staff())
        .addValue(t.orderProfileId()).addValue(t.pricesIncludeTax()).addValue(t.currency())
        .addValue(t.lines().size()).addValue(TransactionColumns.discounts(t.discounts())).addValue(t.serviceCharge())
        .addValue(TransactionColumns.taxes(t.taxes())).addValue(t.total()).addValue(t.tip())
        .addValue(TransactionColumns.payments(t.payments())).addValue(Rows.param(t.createdAt()));
    return tx.preparedQuery("INSERT INTO sales.transactions (tenant_id, id, receipt_id, fingerprint, customer_id,"
            + " closed_at, closed_on, location, register, staff, order_profile_id, prices_include_tax, currency,"
            + " line_count, discounts, service_charge, taxes, total, tip, payments, created_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)"
            + " ON CONFLICT (tenant_id, receipt_id) DO NOTHING")
        .execute(values)
        .map(rows -> rows.rowCount() == 1);
  }

  /** Inserts the lines of a receipt {@link #insert} just wrote. */
  public Future<Void> insertLines(SqlClient tx, UUID tenantId, Transaction t) {
    return lines.insert(tx, tenantId, t.id(), t.lines());
  }

  /** Appends a refund and adds it to the receipt's lines and refunded sums (the receipt is locked). */
  public Future<Void> recordRefund(SqlClient tx, UUID tenantId, Refund refund) {
    return refunds.insert(tx, tenantId, refund)
        .compose(v -> lines.addRefunded(tx, tenantId, refund.transactionId(), refund.lines()))
        .compose(v -> tx.preparedQuery("UPDATE sales.transactions SET refunded_total = refunded_total + $3,"
                + " refunded_tip = refunded_tip + $4 WHERE tenant_id = $1 AND id = $2")
            .execute(Tuple.of(tenantId, refund.transactionId(), refund.amount(), refund.tip())))
        .mapEmpty();
  }

  public Future<StoredReceipt> findByReceiptId(SqlClient sql, UUID tenantId, String receiptId) {
    return sql.preparedQuery("SELECT id, fingerprint, customer_id, customer_detached FROM sales.transactions"
            + " WHERE tenant_id = $1 AND receipt_id = $2")
        .execute(Tuple.of(tenantId, receiptId))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row row = rows.iterator().next();
          return new StoredReceipt(row.getUUID("id"), row.getBuffer("fingerprint").getBytes(), row.getUUID("customer_id"),
              row.getBoolean("customer_detached"));
        });
  }

  /** The receipt with its lines and refunds, or {@code null}: one statement, so one snapshot of all three. */
  public Future<Transaction> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(FULL).execute(Tuple.of(tenantId, id)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row row = rows.iterator().next();
      Transaction header = map(row);
      return header.with(TransactionColumns.lines((JsonArray) row.getValue("line_rows")),
          TransactionColumns.refunds((JsonArray) row.getValue("refund_rows"), header.id()));
    });
  }

  /**
   * Locks the receipt until the transaction ends, so refunds of one receipt queue up, then reads
   * it. Two statements on purpose: a statement that waited for the lock would see the receipt's
   * row as the refund before left it, but its lines and refunds as they were when it began.
   */
  public Future<Transaction> findForUpdate(SqlClient tx, UUID tenantId, UUID id) {
    return tx.preparedQuery("SELECT 1 FROM sales.transactions WHERE tenant_id = $1 AND id = $2 FOR UPDATE")
        .execute(Tuple.of(tenantId, id))
        .compose(locked -> locked.size() == 0 ? Future.succeededFuture() : find(tx, tenantId, id));
  }

  /** Just the receipt's own row (no lines, no refunds), or {@code null}. */
  public Future<Transaction> findHeader(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(FIND).execute(Tuple.of(tenantId, id)).map(TransactionRepository::single);
  }

  /** Archive: the customer's receipts stay, without the customer. Returns how many. */
  public Future<Integer> detachCustomer(SqlClient tx, UUID tenantId, UUID customerId) {
    return tx.preparedQuery("UPDATE sales.transactions SET customer_id = NULL, customer_detached = true"
            + " WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId))
        .map(RowSet::rowCount);
  }

  /** How many receipts {@link #detachCustomer} would detach. */
  public Future<Long> countForCustomer(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery("SELECT count(*) AS receipts FROM sales.transactions WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId))
        .map(rows -> rows.iterator().next().getLong("receipts"));
  }

  private static Transaction single(RowSet<Row> rows) {
    return rows.size() == 0 ? null : map(rows.iterator().next());
  }

  /** A receipt's own row, without lines and refunds; its order discounts, taxes and payments if selected. */
  public static Transaction map(Row row) {
    JsonArray discounts = jsonArray(row, "discounts");
    JsonArray taxes = jsonArray(row, "taxes");
    JsonArray payments = jsonArray(row, "payments");
    return new Transaction(row.getUUID("id"), row.getString("receipt_id"), row.getUUID("customer_id"),
        row.getBoolean("customer_detached"), Rows.instant(row, "closed_at"), row.getLocalDate("closed_on"),
        row.getString("location"), row.getString("register"), row.getString("staff"), row.getUUID("order_profile_id"),
        row.getBoolean("prices_include_tax"), row.getString("currency"), List.of(),
        TransactionColumns.discounts(discounts), row.getLong("service_charge"), row.getLong("tip"),
        TransactionColumns.taxes(taxes), row.getLong("total"), TransactionColumns.payments(payments),
        row.getLong("refunded_total"), row.getLong("refunded_tip"), List.of(), Rows.instant(row, "created_at"));
  }

  private static JsonArray jsonArray(Row row, String column) {
    return row.getColumnIndex(column) < 0 ? null : (JsonArray) row.getValue(column);
  }
}
