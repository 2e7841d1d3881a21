package dev.patron.plugins.invoicing.support;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * Hands out a tenant's numbers of one series (invoices, credit notes) without gaps or duplicates,
 * also across server instances: the next number comes from the tenant's counter row in the
 * document's own transaction. The update locks the row, so concurrent documents take turns, and a
 * rollback gives the number back. Call it last, right before the document is inserted, to hold the
 * lock briefly.
 */
public final class DocumentNumbers {

  public static final DocumentNumbers INVOICES = new DocumentNumbers("invoicing.invoice_counters");
  public static final DocumentNumbers CREDIT_NOTES = new DocumentNumbers("invoicing.credit_note_counters");

  private final String next;

  private DocumentNumbers(String counterTable) {
    this.next = "INSERT INTO " + counterTable + " AS counter (tenant_id, last_seq_no) VALUES ($1, 1)"
        + " ON CONFLICT (tenant_id) DO UPDATE SET last_seq_no = counter.last_seq_no + 1 RETURNING last_seq_no";
  }

  public Future<Long> next(SqlClient tx, UUID tenantId) {
    return tx.preparedQuery(next).execute(Tuple.of(tenantId)).map(rows -> rows.iterator().next().getLong(0));
  }
}
