package dev.patron.plugins.invoicing.invoice;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL for payments; every statement is scoped by tenant. */
public final class PaymentRepository {

  private static final String COLUMNS = "id, invoice_id, amount, method, reference, received_at, created_at";

  public Future<Void> insert(SqlClient tx, UUID tenantId, Payment p) {
    return tx.preparedQuery("INSERT INTO invoicing.payments"
            + " (tenant_id, id, invoice_id, amount, method, reference, received_at, created_at)"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .execute(Tuple.of(tenantId, p.id(), p.invoiceId(), p.amount(), p.method().name(), p.reference(),
            Rows.param(p.receivedAt()), Rows.param(p.createdAt())))
        .mapEmpty();
  }

  public Future<Long> count(SqlClient tx, UUID tenantId, UUID invoiceId) {
    return tx.preparedQuery("SELECT count(*) FROM invoicing.payments WHERE tenant_id = $1 AND invoice_id = $2")
        .execute(Tuple.of(tenantId, invoiceId))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /** An invoice's payments in the order they were received. */
  public Future<List<Payment>> ofInvoice(SqlClient sql, UUID tenantId, UUID invoiceId) {
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM invoicing.payments WHERE tenant_id = $1 AND invoice_id = $2"
            + " ORDER BY received_at, id")
        .execute(Tuple.of(tenantId, invoiceId))
        .map(rows -> {
          List<Payment> payments = new ArrayList<>();
          rows.forEach(row -> payments.add(map(row)));
          return payments;
        });
  }

  public Future<Payment> find(SqlClient sql, UUID tenantId, UUID invoiceId, UUID paymentId) {
    return sql.preparedQuery("SELECT " + COLUMNS + " FROM invoicing.payments"
            + " WHERE tenant_id = $1 AND invoice_id = $2 AND id = $3")
        .execute(Tuple.of(tenantId, invoiceId, paymentId))
        .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
  }

  private static Payment map(Row row) {
    return new Payment(row.getUUID("id"), row.getUUID("invoice_id"), row.getLong("amount"),
        PaymentMethod.valueOf(row.getString("method")), row.getString("reference"),
        Rows.instant(row, "received_at"), Rows.instant(row, "created_at"));
  }
}
