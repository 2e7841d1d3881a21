package dev.patron.plugins.sales.refund;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.sales.statistics.CustomerLock;
import dev.patron.plugins.sales.statistics.StatisticsRepository;
import dev.patron.plugins.sales.transaction.Refund;
import dev.patron.plugins.sales.transaction.SalesEvents;
import dev.patron.plugins.sales.transaction.Transaction;
import dev.patron.plugins.sales.transaction.TransactionRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.UUID;

/**
 * Refunds a receipt in one database transaction: the refund, the receipt's refunded sums, the
 * customer's statistics and the {@code sales.transaction.refunded} event commit together.
 *
 * <p>Concurrent refunds of one receipt queue up on its row lock, and each plans from what the one
 * before left ({@link RefundPlan}), so together they never give back more than was sold. The
 * customer's lock is taken first, as every writer of their statistics does ({@link CustomerLock}).
 */
public final class RefundTransaction {

  private final TransactionRepository transactions = new TransactionRepository();
  private final StatisticsRepository statistics = new StatisticsRepository();
  private final SalesEvents events;

  public RefundTransaction(PluginContext context) {
    this.events = new SalesEvents(context.events());
  }

  /** The refund made, and the receipt as it was before it. */
  public record Outcome(Transaction before, Refund refund) {
  }

  public Future<Outcome> refund(SqlConnection tx, Tenant tenant, UUID transactionId, RefundRequest request, Instant now) {
    UUID tenantId = tenant.id();
    return transactions.findHeader(tx, tenantId, transactionId)
        .compose(header -> {
          if (header == null) {
            throw Problems.notFound("No transaction with id " + transactionId + ".");
          }
          return header.customerId() == null
              ? Future.<Void>succeededFuture()
              : CustomerLock.lock(tx, tenantId, header.customerId());
        })
        .compose(v -> transactions.findForUpdate(tx, tenantId, transactionId))
        .compose(t -> {
          Refund refund = RefundPlan.plan(t, request, UUID.randomUUID(), now);
          return transactions.recordRefund(tx, tenantId, refund)
              .compose(done -> t.customerId() == null
                  ? Future.<Void>succeededFuture()
                  : statistics.recordRefund(tx, tenantId, t.customerId(), t.closedOn(), refund.amount(), refund.tip(), now))
              .compose(done -> events.refunded(tx, tenant, t, refund))
              .map(new Outcome(t, refund));
        });
  }
}
