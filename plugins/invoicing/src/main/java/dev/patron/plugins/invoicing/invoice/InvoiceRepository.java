package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.problem.Problems;
import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import dev.patron.kit.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import dev.patron.plugins.invoicing.seller.Seller;
import dev.patron.plugins.invoicing.tax.TaxMode;
import dev.patron.plugins.invoicing.tax.Totals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL for invoices and their lines; every statement is scoped by tenant. */
public final class InvoiceRepository {

  private static final String COLUMNS = "id, customer_id, seq_no, number, status, currency, tax_mode, subtotal,"
      + " tax_rate_bp, taxes, tax, rounding, total, paid, credited, issue_date, due_date, period_from, period_to,"
      + " supply_from, supply_to, overdue_from, bill_to, seller, reminder_level, version, issued_at, updated_at,"
      + " voided_at";
  private static final String FIND = "SELECT " + COLUMNS + " FROM invoicing.invoices WHERE tenant_id = $1 AND id = $2";
  private static final String INSERT = "INSERT INTO invoicing.invoices (tenant_id, " + COLUMNS + ") VALUES"
      + " ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23,"
      + " $24, $25, $26, $27, $28, $29, $30)";
  private static final String LINE_COLUMNS = "position, charge_id, description, order_reference, occurred_at,"
      + " quantity, unit_price, amount, tax_rate_bp, net_amount";
  private static final String INSERT_LINE = "INSERT INTO invoicing.invoice_lines (tenant_id, invoice_id, "
      + LINE_COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";

  public Future<Void> insert(SqlClient tx, UUID tenantId, Invoice i, List<InvoiceLine> lines) {
    Totals t = i.totals();
    InvoiceDates d = i.dates();
    Tuple row = Tuple.tuple(List.of(tenantId, i.id(), i.customerId(), i.seqNo(), i.number(), i.status().name(),
            i.currency(), t.mode().name(), t.subtotal()))
        .addValue(t.singleRateBp()).addValue(t.storedRates()).addValue(t.tax()).addValue(t.rounding())
        .addValue(t.total()).addValue(i.paid()).addValue(i.credited()).addValue(d.issueDate()).addValue(d.dueDate())
        .addValue(d.periodFrom()).addValue(d.periodTo()).addValue(d.supplyFrom()).addValue(d.supplyTo())
        .addValue(Rows.param(d.overdueFrom())).addValue(i.billTo().toJson())
        .addValue(i.seller() == null ? null : i.seller().toJson()).addValue(i.reminderLevel()).addValue(i.version())
        .addValue(Rows.param(i.issuedAt())).addValue(Rows.param(i.updatedAt())).addValue(Rows.param(i.voidedAt()));
    List<Tuple> lineRows = new ArrayList<>();
    for (InvoiceLine line : lines) {
      lineRows.add(Tuple.tuple(List.of(tenantId, i.id(), line.position(), line.chargeId(), line.description(),
          line.orderReference(), Rows.param(line.occurredAt()), line.quantity(), line.unitPrice(), line.amount(),
          line.taxRateBp(), line.netAmount())));
    }
    return tx.preparedQuery(INSERT).execute(row)
        .compose(v -> tx.preparedQuery(INSERT_LINE).executeBatch(lineRows))
        .mapEmpty();
  }

  public Future<Invoice> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(FIND).execute(Tuple.of(tenantId, id)).map(InvoiceRepository::first);
  }

  /** {@link #lock}, or a 404 when the tenant has no such invoice. */
  public Future<Invoice> lockExisting(SqlClient tx, UUID tenantId, UUID id) {
    return lock(tx, tenantId, id).map(invoice -> {
      if (invoice == null) {
        throw Problems.notFound("No invoice with id " + id + ".");
      }
      return invoice;
    });
  }

  /** Reads and locks the invoice until the transaction ends, so payments and voids queue up. */
  public Future<Invoice> lock(SqlClient tx, UUID tenantId, UUID id) {
    return tx.preparedQuery(FIND + " FOR UPDATE").execute(Tuple.of(tenantId, id)).map(InvoiceRepository::first);
  }

  public Future<List<InvoiceLine>> lines(SqlClient sql, UUID tenantId, UUID invoiceId) {
    return sql.preparedQuery("SELECT " + LINE_COLUMNS
            + " FROM invoicing.invoice_lines WHERE tenant_id = $1 AND invoice_id = $2 ORDER BY position")
        .execute(Tuple.of(tenantId, invoiceId))
        .map(rows -> {
          List<InvoiceLine> lines = new ArrayList<>();
          for (Row row : rows) {
            lines.add(new InvoiceLine(row.getInteger("position"), row.getUUID("charge_id"),
                row.getString("description"), row.getString("order_reference"), Rows.instant(row, "occurred_at"),
                row.getInteger("quantity"), row.getLong("unit_price"), row.getLong("amount"),
                row.getInteger("tax_rate_bp"), row.getLong("net_amount")));
          }
          return lines;
        });
  }

  /** Records what was paid and credited on the invoice and its status after. */
  public Future<Void> settle(SqlClient tx, UUID tenantId, Invoice after) {
    return tx.preparedQuery("UPDATE invoicing.invoices SET paid = $3, credited = $4, status = $5,"
            + " version = $6, updated_at = $7 WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, after.id(), after.paid(), after.credited(), after.status().name(),
            after.version(), Rows.param(after.updatedAt())))
        .mapEmpty();
  }

  /** Records that a reminder of {@code level} was sent. */
  public Future<Void> remind(SqlClient tx, UUID tenantId, UUID id, int level, Instant now) {
    return tx.preparedQuery("UPDATE invoicing.invoices SET reminder_level = $3, version = version + 1,"
            + " updated_at = $4 WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, id, level, Rows.param(now)))
        .mapEmpty();
  }

  /**
   * Turns up to {@code limit} invoices whose overdue moment has come OVERDUE, of every tenant at
   * once (the sweep is the host's, not a restaurant's request), and returns them as they are after.
   * Rows another instance's sweep holds are skipped, so each turns once.
   */
  public Future<List<TenantInvoice>> markOverdue(SqlClient tx, Instant now, int limit) {
    return tx.preparedQuery("UPDATE invoicing.invoices SET status = 'OVERDUE', version = version + 1, updated_at = $1"
            + " WHERE (tenant_id, id) IN (SELECT tenant_id, id FROM invoicing.invoices"
            + "   WHERE status IN ('OPEN', 'PARTIALLY_PAID') AND overdue_from <= $1"
            + "   ORDER BY overdue_from LIMIT $2 FOR UPDATE SKIP LOCKED)"
            + " RETURNING tenant_id, " + COLUMNS)
        .execute(Tuple.of(Rows.param(now), limit))
        .map(rows -> {
          List<TenantInvoice> turned = new ArrayList<>();
          rows.forEach(row -> turned.add(new TenantInvoice(row.getUUID("tenant_id"), map(row))));
          return turned;
        });
  }

  /** An invoice with the tenant it belongs to, for work across tenants. */
  public record TenantInvoice(UUID tenantId, Invoice invoice) {
  }

  /** Marks a credited invoice void; the credit note's change gave it its new version already. */
  public Future<Void> markVoid(SqlClient tx, UUID tenantId, UUID id, Instant now) {
    return tx.preparedQuery("UPDATE invoicing.invoices SET status = 'VOID',"
            + " updated_at = $3, voided_at = $3 WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, id, Rows.param(now)))
        .mapEmpty();
  }

  /** Replaces the billing details on every invoice of an archived customer; numbers and amounts stay. */
  public Future<Integer> anonymise(SqlClient tx, UUID tenantId, UUID customerId, Instant now) {
    return tx.preparedQuery("UPDATE invoicing.invoices SET bill_to = $3, version = version + 1, updated_at = $4"
            + " WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId, BillTo.ARCHIVED.toJson(), Rows.param(now)))
        .map(RowSet::rowCount);
  }

  /** How many invoices the customer has, whatever their status: those {@link #anonymise} rewrites. */
  public Future<Long> countForCustomer(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery("SELECT count(*) AS invoices FROM invoicing.invoices WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId))
        .map(rows -> rows.iterator().next().getLong("invoices"));
  }

  /** Newest first (by number), optionally one customer's and one status. */
  public Future<Page<Invoice>> list(SqlClient sql, UUID tenantId, InvoiceListQuery query) {
    SqlParams params = new SqlParams();
    StringBuilder where = new StringBuilder("tenant_id = ").append(params.add(tenantId));
    if (query.customerId() != null) {
      where.append(" AND customer_id = ").append(params.add(query.customerId()));
    }
    if (query.status() != null) {
      where.append(" AND status = ").append(params.add(query.status().name()));
    }
    if (query.page().after() != null) {
      where.append(" AND seq_no < ").append(params.add(afterSeqNo(query.page())));
    }
    String statement = "SELECT " + COLUMNS + " FROM invoicing.invoices WHERE " + where
        + " ORDER BY seq_no DESC LIMIT " + params.add(query.page().limit() + 1);
    return sql.preparedQuery(statement).execute(params.tuple()).map(rows -> {
      List<Invoice> invoices = new ArrayList<>();
      rows.forEach(row -> invoices.add(map(row)));
      return Page.of(invoices, query.page().limit(), i -> new JsonObject().put("seqNo", Long.toString(i.seqNo())));
    });
  }

  private static long afterSeqNo(PageRequest page) {
    try {
      return Long.parseLong(page.afterString("seqNo"));
    } catch (NumberFormatException e) {
      throw PageRequest.foreignCursor();
    }
  }

  private static Invoice first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : map(rows.iterator().next());
  }

  static Invoice map(Row row) {
    Totals totals = new Totals(TaxMode.valueOf(row.getString("tax_mode")),
        Totals.ratesFromStored(row.getJsonArray("taxes")), row.getLong("subtotal"), row.getLong("tax"),
        row.getLong("rounding"), row.getLong("total"));
    InvoiceDates dates = new InvoiceDates(row.getLocalDate("issue_date"), row.getLocalDate("due_date"),
        row.getLocalDate("period_from"), row.getLocalDate("period_to"), row.getLocalDate("supply_from"),
        row.getLocalDate("supply_to"), Rows.instant(row, "overdue_from"));
    return new Invoice(row.getUUID("id"), row.getUUID("customer_id"), row.getLong("seq_no"), row.getString("number"),
        InvoiceStatus.valueOf(row.getString("status")), row.getString("currency"), totals, row.getLong("paid"),
        row.getLong("credited"), dates, BillTo.fromJson(row.getJsonObject("bill_to")),
        Seller.fromJson(row.getJsonObject("seller")), row.getInteger("reminder_level"), row.getLong("version"),
        Rows.instant(row, "issued_at"), Rows.instant(row, "updated_at"), Rows.instant(row, "voided_at"));
  }
}
