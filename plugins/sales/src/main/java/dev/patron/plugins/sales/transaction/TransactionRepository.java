package dev.patron.plugins.sales.transaction;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
   * Inserts receipts in one statement (the history import): {@code fingerprints.get(i)} is that of
   * {@code receipts.get(i)}. Returns the ids of those inserted; a receipt id the tenant has already
   * (a concurrent post) is left out, and nothing of it written.
   */
  public Future<Set<UUID>> insertAll(SqlClient tx, UUID tenantId, List<Transaction> receipts, List<byte[]> fingerprints) {
    int size = receipts.size();
    UUID[] ids = new UUID[size];
    String[] receiptIds = new String[size];
    Buffer[] prints = new Buffer[size];
    UUID[] customers = new UUID[size];
    OffsetDateTime[] closedAt = new OffsetDateTime[size];
    LocalDate[] closedOn = new LocalDate[size];
    String[] locations = new String[size];
    String[] registers = new String[size];
    String[] staff = new String[size];
    UUID[] profiles = new UUID[size];
    Boolean[] includeTax = new Boolean[size];
    String[] currencies = new String[size];
    Integer[] lineCounts = new Integer[size];
    String[] discounts = new String[size];
    Long[] serviceCharges = new Long[size];
    String[] taxes = new String[size];
    Long[] totals = new Long[size];
    Long[] tips = new Long[size];
    String[] payments = new String[size];
    OffsetDateTime[] createdAt = new OffsetDateTime[size];
    for (int i = 0; i < size; i++) {
      Transaction t = receipts.get(i);
      ids[i] = t.id();
      receiptIds[i] = t.receiptId();
      prints[i] = Buffer.buffer(fingerprints.get(i));
      customers[i] = t.customerId();
      closedAt[i] = Rows.param(t.closedAt());
      closedOn[i] = t.closedOn();
      locations[i] = t.location();
      registers[i] = t.register();
      staff[i] = t.staff();
      profiles[i] = t.orderProfileId();
      includeTax[i] = t.pricesIncludeTax();
      currencies[i] = t.currency();
      lineCounts[i] = t.lines().size();
      discounts[i] = TransactionColumns.discounts(t.discounts()).encode();
      serviceCharges[i] = t.serviceCharge();
      taxes[i] = TransactionColumns.taxes(t.taxes()).encode();
      totals[i] = t.total();
      tips[i] = t.tip();
      payments[i] = TransactionColumns.payments(t.payments()).encode();
      createdAt[i] = Rows.param(t.createdAt());
    }
    return tx.preparedQuery("INSERT INTO sales.transactions (tenant_id, id, receipt_id, fingerprint, customer_id,"
            + " closed_at, closed_on, location, register, staff, order_profile_id, prices_include_tax, currency,"
            + " line_count, discounts, service_charge, taxes, total, tip, payments, created_at)"
            + " SELECT $1, t.id, t.receipt_id, t.fingerprint, t.customer_id, t.closed_at, t.closed_on, t.location,"
            + " t.register, t.staff, t.order_profile_id, t.prices_include_tax, t.currency, t.line_count,"
            + " t.discounts::jsonb, t.service_charge, t.taxes::jsonb, t.total, t.tip, t.payments::jsonb, t.created_at"
            + " FROM unnest($2::uuid[], $3::text[], $4::bytea[], $5::uuid[], $6::timestamptz[], $7::date[], $8::text[],"
            + " $9::text[], $10::text[], $11::uuid[], $12::bool[], $13::text[], $14::int[], $15::text[], $16::int8[],"
            + " $17::text[], $18::int8[], $19::int8[], $20::text[], $21::timestamptz[])"
            + " AS t(id, receipt_id, fingerprint, customer_id, closed_at, closed_on, location, register, staff,"
            + " order_profile_id, prices_include_tax, currency, line_count, discounts, service_charge, taxes, total,"
            + " tip, payments, created_at)"
            + " ON CONFLICT (tenant_id, receipt_id) DO NOTHING RETURNING id")
        .execute(Tuple.tuple().addValue(tenantId).addValue(ids).addValue(receiptIds).addValue(prints)
            .addValue(customers).addValue(closedAt).addValue(closedOn).addValue(locations).addValue(registers)
            .addValue(staff).addValue(profiles).addValue(includeTax).addValue(currencies).addValue(lineCounts)
            .addValue(discounts).addValue(serviceCharges).addValue(taxes).addValue(totals).addValue(tips)
            .addValue(payments).addValue(createdAt))
        .map(rows -> {
          Set<UUID> inserted = new HashSet<>();
          rows.forEach(row -> inserted.add(row.getUUID("id")));
          return inserted;
        });
  }

  /** Inserts the lines of receipts {@link #insertAll} just wrote, in one statement. */
  public Future<Void> insertLines(SqlClient tx, UUID tenantId, List<Transaction> receipts) {
    return lines.insertAll(tx, tenantId, receipts.stream().map(Transaction::id).toList(),
        receipts.stream().map(Transaction::lines).toList());
  }

  /** The stored receipts among these receipt ids, by receipt id. */
  public Future<Map<String, StoredReceipt>> findByReceiptIds(SqlClient sql, UUID tenantId, Collection<String> receiptIds) {
    return sql.preparedQuery("SELECT receipt_id, id, fingerprint, customer_id, customer_detached FROM sales.transactions"
            + " WHERE tenant_id = $1 AND receipt_id = ANY($2)")
        .execute(Tuple.of(tenantId, (Object) receiptIds.toArray(String[]::new)))
        .map(rows -> {
          Map<String, StoredReceipt> found = new HashMap<>();
          rows.forEach(row -> found.put(row.getString("receipt_id"), new StoredReceipt(row.getUUID("id"),
              row.getBuffer("fingerprint").getBytes(), row.getUUID("customer_id"), row.getBoolean("customer_detached"))));
          return found;
        });
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
