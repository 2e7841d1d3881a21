package dev.patron.plugins.sales.transaction;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.sales.receipt.PricedSale;
import dev.patron.plugins.sales.receipt.Sale;
import dev.patron.plugins.sales.receipt.SaleFingerprint;
import dev.patron.plugins.sales.statistics.CustomerLock;
import dev.patron.plugins.sales.statistics.StatisticsRepository;
import dev.patron.plugins.sales.statistics.Visit;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Records a receipt in one database transaction: the receipt and its lines, the customer's
 * statistics and the {@code sales.transaction.recorded} event commit together or not at all.
 *
 * <p>The receipt id makes the post idempotent without a key: the insert of a receipt id the
 * restaurant has already answers the stored receipt when the body is the same, and 409 when it is
 * not. A concurrent post of the same receipt waits on the first insert (and on the customer's
 * lock) and then finds it stored.
 */
public final class RecordTransaction {

  private final TransactionRepository transactions = new TransactionRepository();
  private final StatisticsRepository statistics = new StatisticsRepository();
  private final References references;
  private final SalesEvents events;

  public RecordTransaction(PluginContext context) {
    this.references = new References(context.customers());
    this.events = new SalesEvents(context.events());
  }

  /** A receipt, and whether this request created it ({@code false}: it was stored before). */
  public record Outcome(Transaction transaction, boolean created) {
  }

  public Future<Outcome> record(SqlConnection tx, Tenant tenant, PricedSale priced, Instant now) {
    Sale sale = priced.sale();
    UUID tenantId = tenant.id();
    LocalDate closedOn = LocalDate.ofInstant(sale.closedAt(), tenant.zone());
    Transaction t = Transaction.recorded(UUID.randomUUID(), priced, tenant.currency(), closedOn, now);
    byte[] fingerprint = SaleFingerprint.of(sale);
    Future<Void> locked = sale.customerId() == null
        ? Future.succeededFuture()
        : CustomerLock.lock(tx, tenantId, sale.customerId());
    return locked
        .compose(v -> transactions.insert(tx, tenantId, t, fingerprint))
        .compose(inserted -> inserted
            ? store(tx, tenant, t, sale, now).map(new Outcome(t, true))
            : stored(tx, tenantId, sale, fingerprint).map(found -> new Outcome(found, false)));
  }

  private Future<Void> store(SqlConnection tx, Tenant tenant, Transaction t, Sale sale, Instant now) {
    UUID tenantId = tenant.id();
    return references.check(tx, tenant, sale)
        .compose(v -> transactions.insertLines(tx, tenantId, t))
        .compose(v -> t.customerId() == null
            ? Future.succeededFuture()
            : statistics.recordVisit(tx, tenantId, new Visit(t.customerId(), t.total(), t.tip(), t.closedAt(),
                t.closedOn(), t.location(), t.orderProfileId()), now))
        .compose(v -> events.recorded(tx, tenant, t));
  }

  /**
   * The receipt stored under the sale's receipt id, if the sale is the same one; else a 409. A
   * receipt whose customer was archived since matches whatever customer the re-post names.
   */
  private Future<Transaction> stored(SqlConnection tx, UUID tenantId, Sale sale, byte[] fingerprint) {
    return transactions.findByReceiptId(tx, tenantId, sale.receiptId()).compose(stored -> {
      if (stored == null) {
        throw new IllegalStateException("receipt " + sale.receiptId() + " conflicted on insert but is not stored");
      }
      boolean sameCustomer = stored.customerDetached() || Objects.equals(stored.customerId(), sale.customerId());
      if (!sameCustomer || !MessageDigest.isEqual(stored.fingerprint(), fingerprint)) {
        throw receiptTaken(sale.receiptId(), stored.id());
      }
      return transactions.find(tx, tenantId, stored.id());
    });
  }

  private static ProblemException receiptTaken(String receiptId, UUID transactionId) {
    return new Problem(409, "receipt-id-taken", "Conflict", "Receipt '" + receiptId + "' was recorded before with"
        + " other contents (transaction " + transactionId + "). A recorded receipt does not change: refund it and"
        + " post the correction under a new receipt id.",
        List.of(new FieldError("receiptId", "was recorded before with other contents")),
        Map.of("transactionId", transactionId.toString())).toException();
  }
}
