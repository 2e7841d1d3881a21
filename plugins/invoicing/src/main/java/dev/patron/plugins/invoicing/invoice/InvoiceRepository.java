package dev.patron.plugins.invoicing.invoice;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL for invoices and their lines; every statement is scoped by tenant. */
public final class InvoiceRepository {

  private static final String COLUMNS = "id, customer_id, seq_no, number, status, currency, subtotal, tax_rate_bp, tax,"
      + " total, paid, issue_date, due_date, period_from, period_to, bill_to, version, issued_at, updated_at, voided_at";
  private static final String FIND = "SELECT " + COLUMNS + " FROM invoicing.invoices WHERE tenant_id = $1 AND id = $2";
  private static final String INSERT = "INSERT INTO invoicing.invoices (tenant_id, " + COLUMNS + ") VALUES"
      + " ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)";
  private static final String INSERT_LINE = "INSERT INTO invoicing.invoice_lines"
      + " (tenant_id, invoice_id, position, charge_id, description, order_reference, occurred_at, amount)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

  public Future<Void> insert(SqlClient tx, UUID tenantId, Invoice i, List<InvoiceLine> lines) {
    Tuple row = Tuple.of(tenantId, i.id(), i.customerId(), i.seqNo(), i.number(), i.status().name(), i.currency(),
        i.totals().subtotal(), i.totals().taxRateBasisPoints(), i.totals().tax(), i.totals().total(), i.paid(),
        i.issueDate(), i.dueDate(), i.periodFrom(), i.periodTo(), i.billTo().toJson(), i.version(),
        Rows.param(i.issuedAt()), Rows.param(i.updatedAt()), Rows.param(i.voidedAt()));
    List<Tuple> lineRows = new ArrayList<>();
    for (int position = 0; position < lines.size(); position++) {
      InvoiceLine line = lines.get(position);
      lineRows.add(Tuple.of(tenantId, i.id(), position + 1, line.chargeId(), line.description(),
          line.orderReference(), Rows.param(line.occurredAt()), line.amount()));
    }
    return tx.preparedQuery(INSERT).execute(row)
        .compose(v -> tx.preparedQuery(INSERT_LINE).executeBatch(lineRows))
        .mapEmpty();
  }

  public Future<Invoice> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(FIND).execute(Tuple.of(tenantId, id)).map(InvoiceRepository::first);
  }

  /** Reads and locks the invoice until the transaction ends, so payments and voids queue up. */
  public Future<Invoice> lock(SqlClient tx, UUID tenantId, UUID id) {
    return tx.preparedQuery(FIND + " FOR UPDATE").execute(Tuple.of(tenantId, id)).map(InvoiceRepository::first);
  }

  public Future<List<InvoiceLine>> lines(SqlClient sql, UUID tenantId, UUID invoiceId) {
    return sql.preparedQuery("SELECT charge_id, description, order_reference, occurred_at, amount"
            + " FROM invoicing.invoice_lines WHERE tenant_id = $1 AND invoice_id = $2 ORDER BY position")
        .execute(Tuple.of(tenantId, invoiceId))
        .map(rows -> {
          List<InvoiceLine> lines = new ArrayList<>();
          for (Row row : rows) {
            lines.add(new InvoiceLine(row.getUUID("charge_id"), row.getString("description"),
                row.getString("order_reference"), Rows.instant(row, "occurred_at"), row.getLong("amount")));
          }
          return lines;
        });
  }

  /** Records a new paid amount and status. */
  public Future<Void> settle(SqlClient tx, UUID tenantId, UUID id, long paid, InvoiceStatus status, Instant now) {
    return tx.preparedQuery("UPDATE invoicing.invoices SET paid = $3, status = $4, version = version + 1,"
            + " updated_at = $5 WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, id, paid, status.name(), Rows.param(now)))
        .mapEmpty();
  }

  public Future<Void> markVoid(SqlClient tx, UUID tenantId, UUID id, Instant now) {
    return tx.preparedQuery("UPDATE invoicing.invoices SET status = 'VOID', version = version + 1,"
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

  private static Invoice map(Row row) {
    InvoiceTotals totals = new InvoiceTotals(row.getLong("subtotal"), row.getInteger("tax_rate_bp"),
        row.getLong("tax"), row.getLong("total"));
    return new Invoice(row.getUUID("id"), row.getUUID("customer_id"), row.getLong("seq_no"), row.getString("number"),
        InvoiceStatus.valueOf(row.getString("status")), row.getString("currency"), totals, row.getLong("paid"),
        row.getLocalDate("issue_date"), row.getLocalDate("due_date"), row.getLocalDate("period_from"),
        row.getLocalDate("period_to"), BillTo.fromJson(row.getJsonObject("bill_to")), row.getLong("version"),
        Rows.instant(row, "issued_at"), Rows.instant(row, "updated_at"), Rows.instant(row, "voided_at"));
  }
}
