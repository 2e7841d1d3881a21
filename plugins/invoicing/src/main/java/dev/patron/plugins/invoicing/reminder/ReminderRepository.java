package dev.patron.plugins.invoicing.reminder;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL for reminders; every statement is scoped by tenant. */
public final class ReminderRepository {

  public Future<Void> insert(SqlClient tx, UUID tenantId, UUID invoiceId, Reminder r) {
    return tx.preparedQuery("INSERT INTO invoicing.reminders (tenant_id, invoice_id, level, open_amount, pay_by,"
            + " issue_date, issued_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .execute(Tuple.of(tenantId, invoiceId, r.level().number(), r.openAmount(), r.payBy(), r.issueDate(),
            Rows.param(r.issuedAt())))
        .mapEmpty();
  }

  /** An invoice's reminders, first level first. */
  public Future<List<Reminder>> ofInvoice(SqlClient sql, UUID tenantId, UUID invoiceId) {
    return sql.preparedQuery("SELECT level, open_amount, pay_by, issue_date, issued_at FROM invoicing.reminders"
            + " WHERE tenant_id = $1 AND invoice_id = $2 ORDER BY level")
        .execute(Tuple.of(tenantId, invoiceId))
        .map(rows -> {
          List<Reminder> reminders = new ArrayList<>();
          for (Row row : rows) {
            reminders.add(new Reminder(ReminderLevel.of(row.getInteger("level")), row.getLong("open_amount"),
                row.getLocalDate("pay_by"), row.getLocalDate("issue_date"), Rows.instant(row, "issued_at")));
          }
          return reminders;
        });
  }
}
