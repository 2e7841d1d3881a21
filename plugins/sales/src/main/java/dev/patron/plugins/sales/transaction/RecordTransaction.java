package dev.patron.plugins.sales.transaction;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.sales.receipt.PricedSale;
import dev.patron.plugins.sales.receipt.Sale;
import dev.patron.plugins.sales.receipt.SaleFingerprint;
import dev.patron.plugins.sales.statistics.CustomerLock;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
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
  private final OrderProfiles profiles = new OrderProfiles();
  private final SalesEvents events;

  public RecordTransaction(PluginContext context) {
    this.events = new SalesEvents(context.events());
  }

  /** A receipt, and whether this request created it ({@code false}: it was stored before). */
  public record Outcome(Transaction transaction, boolean created) {
  }

  /**
   * The customer's lock, the order profile's check and the sale's one statement ({@link
   * SaleStatement}) are sent together: the database runs them in that order, so the sale is
   * written under the lock, and the post costs one round trip for the three. A customer or order
   * profile the restaurant does not have rolls the sale back with a 400 naming each field.
   */
  public Future<Outcome> record(SqlConnection tx, Tenant tenant, PricedSale priced, Instant now) {
    Sale sale = priced.sale();
    UUID tenantId = tenant.id();
    Transaction t = Transaction.recordedNow(tenant, priced, now);
    byte[] fingerprint = SaleFingerprint.of(sale);
    Future<Void> locked = sale.customerId() == null
        ? Future.succeededFuture()
        : CustomerLock.lock(tx, tenantId, sale.customerId());
    Future<Boolean> profileKnown = sale.orderProfileId() == null
        ? Future.succeededFuture(true)
        : profiles.accepts(tx, tenantId, sale.orderProfileId());
    Future<SaleStatement.Written> written = SaleStatement.write(tx, tenantId, t, fingerprint, now);
    return Future.all(locked, profileKnown, written).compose(done -> {
      if (!written.result().inserted()) {
        return stored(tx, tenantId, sale, fingerprint).map(found -> new Outcome(found, false));
      }
      List<FieldError> errors = new ArrayList<>();
      if (!written.result().customerKnown()) {
        errors.add(new FieldError("customerId", "no customer of this restaurant has this id"));
      }
      if (!profileKnown.result()) {
        errors.add(new FieldError("orderProfileId", "no order profile of this restaurant has this id"));
      }
      if (!errors.isEmpty()) {
        throw Problems.validation(errors);
      }
      return events.recorded(tx, tenant, t).map(new Outcome(t, true));
    });
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
      if (!isSameSale(stored, sale, fingerprint)) {
        throw receiptTaken(sale.receiptId(), stored.id());
      }
      return transactions.find(tx, tenantId, stored.id());
    });
  }

  /**
   * Whether a stored receipt is this sale posted again: the same contents, and the same customer
   * (any customer, once the stored receipt's customer was archived).
   */
  public static boolean isSameSale(TransactionRepository.StoredReceipt stored, Sale sale, byte[] fingerprint) {
    boolean sameCustomer = stored.customerDetached() || Objects.equals(stored.customerId(), sale.customerId());
    return sameCustomer && MessageDigest.isEqual(stored.fingerprint(), fingerprint);
  }

  private static ProblemException receiptTaken(String receiptId, UUID transactionId) {
    return new Problem(409, "receipt-id-taken", "Conflict", "Receipt '" + receiptId + "' was recorded before with"
        + " other contents (transaction " + transactionId + "). A recorded receipt does not change: refund it and"
        + " post the correction under a new receipt id.",
        List.of(new FieldError("receiptId", "was recorded before with other contents")),
        Map.of("transactionId", transactionId.toString())).toException();
  }
}
