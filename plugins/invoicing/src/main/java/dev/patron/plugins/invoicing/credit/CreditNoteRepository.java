package dev.patron.plugins.invoicing.credit;

import dev.patron.kit.sql.Rows;
import dev.patron.plugins.invoicing.invoice.BillTo;
import dev.patron.plugins.invoicing.seller.Seller;
import dev.patron.plugins.invoicing.tax.TaxMode;
import dev.patron.plugins.invoicing.tax.Totals;
import io.vertx.core.Future;
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

/** SQL for credit notes and their lines; every statement is scoped by tenant. */
public final class CreditNoteRepository {

  private static final String COLUMNS = "id, invoice_id, customer_id, seq_no, number, currency, tax_mode, subtotal,"
      + " tax, rounding, total, taxes, reason, issue_date, seller, bill_to, issued_at";
  private static final String LINE_COLUMNS = "position, invoice_position, description, amount, tax_rate_bp, net_amount";

  public Future<Void> insert(SqlClient tx, UUID tenantId, CreditNote n, List<CreditNoteLine> lines) {
    Totals t = n.totals();
    Tuple row = Tuple.of(tenantId, n.id(), n.invoiceId(), n.customerId(), n.seqNo(), n.number(), n.currency())
        .addValue(t.mode().name()).addValue(t.subtotal()).addValue(t.tax()).addValue(t.rounding()).addValue(t.total())
        .addValue(t.storedRates()).addValue(n.reason()).addValue(n.issueDate())
        .addValue(n.seller() == null ? null : n.seller().toJson()).addValue(n.billTo().toJson())
        .addValue(Rows.param(n.issuedAt()));
    List<Tuple> lineRows = new ArrayList<>();
    for (CreditNoteLine line : lines) {
      lineRows.add(Tuple.of(tenantId, n.id(), line.position(), line.invoicePosition(), line.description(),
          line.amount(), line.taxRateBp(), line.netAmount()));
    }
    return tx.preparedQuery("INSERT INTO invoicing.credit_notes (tenant_id, " + COLUMNS + ") VALUES ($1, $2, $3, $4,"
            + " $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)").execute(row)
        .compose(v -> tx.preparedQuery("INSERT INTO invoicing.credit_note_lines (tenant_id, credit_note_id, "
            + LINE_COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)").executeBatch(lineRows))
        .mapEmpty();
  }

  public Future<CreditNote> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM invoicing.credit_notes WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, id))
        .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
  }

  /** An invoice's credit notes, oldest first. */
  public Future<List<CreditNote>> ofInvoice(SqlClient sql, UUID tenantId, UUID invoiceId) {
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM invoicing.credit_notes"
            + " WHERE tenant_id = $1 AND invoice_id = $2 ORDER BY seq_no")
        .execute(Tuple.of(tenantId, invoiceId))
        .map(CreditNoteRepository::all);
  }

  public Future<List<CreditNoteLine>> lines(SqlClient sql, UUID tenantId, UUID creditNoteId) {
    return sql.preparedQuery("SELECT " + LINE_COLUMNS + " FROM invoicing.credit_note_lines"
            + " WHERE tenant_id = $1 AND credit_note_id = $2 ORDER BY position")
        .execute(Tuple.of(tenantId, creditNoteId))
        .map(rows -> {
          List<CreditNoteLine> lines = new ArrayList<>();
          for (Row row : rows) {
            lines.add(new CreditNoteLine(row.getInteger("position"), row.getInteger("invoice_position"),
                row.getString("description"), row.getLong("amount"), row.getInteger("tax_rate_bp"),
                row.getLong("net_amount")));
          }
          return lines;
        });
  }

  /** How much of each of the invoice's lines (by position) credit notes took back so far, as priced and net. */
  Future<Map<Integer, FinalCredit.Credited>> creditedByLine(SqlClient sql, UUID tenantId, UUID invoiceId) {
    return sql.preparedQuery("SELECT l.invoice_position, sum(l.amount)::bigint AS credited,"
            + " sum(l.net_amount)::bigint AS credited_net"
            + " FROM invoicing.credit_note_lines l JOIN invoicing.credit_notes n"
            + "   ON n.tenant_id = l.tenant_id AND n.id = l.credit_note_id"
            + " WHERE n.tenant_id = $1 AND n.invoice_id = $2 AND l.tenant_id = $1 GROUP BY l.invoice_position")
        .execute(Tuple.of(tenantId, invoiceId))
        .map(rows -> {
          Map<Integer, FinalCredit.Credited> credited = new HashMap<>();
          rows.forEach(row -> credited.put(row.getInteger("invoice_position"),
              new FinalCredit.Credited(row.getLong("credited"), row.getLong("credited_net"))));
          return credited;
        });
  }

  /** Replaces the billing details on an archived customer's credit notes, as on their invoices. */
  public Future<Void> anonymise(SqlClient tx, UUID tenantId, UUID customerId) {
    return tx.preparedQuery("UPDATE invoicing.credit_notes SET bill_to = $3 WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId, BillTo.ARCHIVED.toJson()))
        .mapEmpty();
  }

  private static List<CreditNote> all(RowSet<Row> rows) {
    List<CreditNote> notes = new ArrayList<>();
    rows.forEach(row -> notes.add(map(row)));
    return notes;
  }

  private static CreditNote map(Row row) {
    Totals totals = new Totals(TaxMode.valueOf(row.getString("tax_mode")),
        Totals.ratesFromStored(row.getJsonArray("taxes")), row.getLong("subtotal"), row.getLong("tax"),
        row.getLong("rounding"), row.getLong("total"));
    Instant issuedAt = Rows.instant(row, "issued_at");
    return new CreditNote(row.getUUID("id"), row.getUUID("invoice_id"), row.getUUID("customer_id"),
        row.getLong("seq_no"), row.getString("number"), row.getString("currency"), totals, row.getString("reason"),
        row.getLocalDate("issue_date"), Seller.fromJson(row.getJsonObject("seller")),
        BillTo.fromJson(row.getJsonObject("bill_to")), issuedAt);
  }
}
