package dev.patron.plugins.sales.transaction;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/** SQL for refunds: appended, never changed; read with the receipt ({@link TransactionRepository#find}). */
final class RefundRepository {

  Future<Void> insert(SqlClient tx, UUID tenantId, Refund refund) {
    return tx.preparedQuery("INSERT INTO sales.refunds (tenant_id, id, transaction_id, amount, tip, whole, lines,"
            + " refunded_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .execute(Tuple.of(tenantId, refund.id(), refund.transactionId(), refund.amount(), refund.tip(), refund.whole(),
            TransactionColumns.refundedLines(refund.lines()), Rows.param(refund.refundedAt()),
            Rows.param(refund.createdAt())))
        .mapEmpty();
  }
}
