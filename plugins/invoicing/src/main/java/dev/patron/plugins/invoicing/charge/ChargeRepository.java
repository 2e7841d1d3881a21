package dev.patron.plugins.invoicing.charge;

import dev.patron.kit.page.Page;
import dev.patron.kit.sql.Rows;
import dev.patron.kit.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SQL for charges; every statement is scoped by tenant. */
public final class ChargeRepository {

  /** The unique index whose violation means a repeated order reference (of a charge not cancelled). */
  public static final String ORDER_REFERENCE_KEY = "charges_order_reference_key";

  private static final String COLUMNS = "id, customer_id, amount, description, order_reference, occurred_at,"
      + " invoice_id, cancelled_at, cancel_reason, version, created_at, updated_at";
  private static final String FIND = "SELECT " + COLUMNS + " FROM invoicing.charges WHERE tenant_id = $1 AND id = $2";
  /** Neither invoiced nor cancelled: what the next invoice bills and what the customer owes. */
  private static final String PENDING = "invoice_id IS NULL AND cancelled_at IS NULL";

  public Future<Void> insert(SqlClient tx, UUID tenantId, Charge c) {
    return tx.preparedQuery("INSERT INTO invoicing.charges (tenant_id, " + COLUMNS + ")"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
        .execute(Tuple.of(tenantId, c.id(), c.customerId(), c.amount(), c.description(), c.orderReference(),
            Rows.param(c.occurredAt()), c.invoiceId(), Rows.param(c.cancelledAt()), c.cancelReason(), c.version(),
            Rows.param(c.createdAt()), Rows.param(c.updatedAt())))
        .compose(v -> tx.preparedQuery("INSERT INTO invoicing.charge_lines (tenant_id, charge_id, position,"
                + " description, quantity, unit_price, amount, tax_rate_bp) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
            .executeBatch(lineRows(tenantId, c)))
        .mapEmpty();
  }

  private static List<Tuple> lineRows(UUID tenantId, Charge c) {
    List<Tuple> rows = new ArrayList<>();
    for (int i = 0; i < c.lines().size(); i++) {
      ChargeLine line = c.lines().get(i);
      rows.add(Tuple.of(tenantId, c.id(), i + 1, line.description(), line.quantity(), line.unitPrice(),
          line.amount(), line.taxRateBp()));
    }
    return rows;
  }

  /** The charges with their lines, read in one statement. */
  private static Future<List<Charge>> withLines(SqlClient sql, UUID tenantId, List<Charge> charges) {
    if (charges.isEmpty()) {
      return Future.succeededFuture(charges);
    }
    UUID[] ids = charges.stream().map(Charge::id).toArray(UUID[]::new);
    return sql.preparedQuery("SELECT charge_id, description, quantity, unit_price, amount, tax_rate_bp"
            + " FROM invoicing.charge_lines WHERE tenant_id = $1 AND charge_id = ANY($2) ORDER BY charge_id, position")
        .execute(Tuple.of(tenantId, (Object) ids))
        .map(rows -> {
          Map<UUID, List<ChargeLine>> byCharge = new HashMap<>();
          for (Row row : rows) {
            byCharge.computeIfAbsent(row.getUUID("charge_id"), id -> new ArrayList<>()).add(new ChargeLine(
                row.getString("description"), row.getInteger("quantity"), row.getLong("unit_price"),
                row.getLong("amount"), row.getInteger("tax_rate_bp")));
          }
          return charges.stream().map(c -> c.withLines(byCharge.getOrDefault(c.id(), List.of()))).toList();
        });
  }

  private static Future<Charge> withLines(SqlClient sql, UUID tenantId, Charge charge) {
    return charge == null ? Future.succeededFuture() : withLines(sql, tenantId, List.of(charge)).map(all -> all.get(0));
  }

  public Future<Charge> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(FIND).execute(Tuple.of(tenantId, id)).map(ChargeRepository::first)
        .compose(charge -> withLines(sql, tenantId, charge));
  }

  /**
   * Reads and locks the charge until the transaction ends: a cancel and an invoice that would take
   * the same charge queue up, and the second sees what the first did.
   */
  public Future<Charge> lock(SqlClient tx, UUID tenantId, UUID id) {
    return tx.preparedQuery(FIND + " FOR UPDATE").execute(Tuple.of(tenantId, id)).map(ChargeRepository::first)
        .compose(charge -> withLines(tx, tenantId, charge));
  }

  /** Marks a pending charge cancelled, as its next version; the charge after it. */
  public Future<Charge> cancel(SqlClient tx, UUID tenantId, UUID id, String reason, Instant now) {
    return tx.preparedQuery("UPDATE invoicing.charges SET cancelled_at = $3, cancel_reason = $4,"
            + " version = version + 1, updated_at = $3 WHERE tenant_id = $1 AND id = $2 AND " + PENDING
            + " RETURNING " + COLUMNS)
        .execute(Tuple.of(tenantId, id, Rows.param(now), reason))
        .map(ChargeRepository::first)
        .compose(charge -> withLines(tx, tenantId, charge));
  }

  /**
   * Locks up to {@code limit} of a customer's pending charges that occurred in {@code [from, to)}
   * (either end open when {@code null}), oldest first. A concurrent invoice or cancel waits for
   * these rows and then no longer sees them as pending, so no charge is billed twice or billed and
   * cancelled.
   */
  public Future<List<Charge>> lockPending(SqlClient tx, UUID tenantId, UUID customerId, Instant from, Instant to,
      int limit) {
    SqlParams params = new SqlParams();
    StringBuilder where = new StringBuilder("tenant_id = ").append(params.add(tenantId))
        .append(" AND customer_id = ").append(params.add(customerId)).append(" AND ").append(PENDING);
    if (from != null) {
      where.append(" AND occurred_at >= ").append(params.add(Rows.param(from)));
    }
    if (to != null) {
      where.append(" AND occurred_at < ").append(params.add(Rows.param(to)));
    }
    String statement = "SELECT " + COLUMNS + " FROM invoicing.charges WHERE " + where
        + " ORDER BY occurred_at, id LIMIT " + params.add(limit) + " FOR UPDATE";
    return tx.preparedQuery(statement).execute(params.tuple()).map(ChargeRepository::all)
        .compose(charges -> withLines(tx, tenantId, charges));
  }

  public Future<Void> markInvoiced(SqlClient tx, UUID tenantId, List<UUID> chargeIds, UUID invoiceId, Instant now) {
    return tx.preparedQuery("UPDATE invoicing.charges SET invoice_id = $3, version = version + 1, updated_at = $4"
            + " WHERE tenant_id = $1 AND id = ANY($2)")
        .execute(Tuple.of(tenantId, chargeIds.toArray(UUID[]::new), invoiceId, Rows.param(now)))
        .mapEmpty();
  }

  /** Makes a voided invoice's charges pending again. */
  public Future<Void> returnToPending(SqlClient tx, UUID tenantId, UUID invoiceId, Instant now) {
    return tx.preparedQuery("UPDATE invoicing.charges SET invoice_id = NULL, version = version + 1, updated_at = $3"
            + " WHERE tenant_id = $1 AND invoice_id = $2")
        .execute(Tuple.of(tenantId, invoiceId, Rows.param(now)))
        .mapEmpty();
  }

  /** A customer's charges, oldest first, optionally only those in one status. */
  public Future<Page<Charge>> list(SqlClient sql, UUID tenantId, UUID customerId, ChargeListQuery query) {
    SqlParams params = new SqlParams();
    StringBuilder where = new StringBuilder("tenant_id = ").append(params.add(tenantId))
        .append(" AND customer_id = ").append(params.add(customerId));
    if (query.status() != null) {
      where.append(" AND ").append(switch (query.status()) {
        case PENDING -> PENDING;
        case INVOICED -> "invoice_id IS NOT NULL";
        case CANCELLED -> "cancelled_at IS NOT NULL";
      });
    }
    if (query.page().after() != null) {
      where.append(" AND (occurred_at, id) > (").append(params.add(query.page().afterTimestamp("occurredAt")))
          .append(", ").append(params.add(query.page().afterUuid("id"))).append(')');
    }
    String statement = "SELECT " + COLUMNS + " FROM invoicing.charges WHERE " + where
        + " ORDER BY occurred_at, id LIMIT " + params.add(query.page().limit() + 1);
    return sql.preparedQuery(statement).execute(params.tuple())
        .compose(rows -> withLines(sql, tenantId, all(rows)))
        .map(charges -> Page.of(charges, query.page().limit(), c -> new JsonObject()
            .put("occurredAt", Rows.param(c.occurredAt()).toString())
            .put("id", c.id().toString())));
  }

  private static Charge first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : map(rows.iterator().next());
  }

  private static List<Charge> all(RowSet<Row> rows) {
    List<Charge> charges = new ArrayList<>();
    rows.forEach(row -> charges.add(map(row)));
    return charges;
  }

  private static Charge map(Row row) {
    return new Charge(row.getUUID("id"), row.getUUID("customer_id"), row.getLong("amount"),
        row.getString("description"), row.getString("order_reference"), Rows.instant(row, "occurred_at"),
        row.getUUID("invoice_id"), Rows.instant(row, "cancelled_at"), row.getString("cancel_reason"),
        row.getLong("version"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"), List.of());
  }
}
