package dev.patron.plugins.sales;

import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.kit.hooks.CustomerHookWithoutFields;
import dev.patron.plugins.sales.statistics.CustomerLock;
import dev.patron.plugins.sales.statistics.StatisticsRepository;
import dev.patron.plugins.sales.transaction.TransactionRepository;
import io.vertx.core.Future;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * The plugin keeps no fields on the customer; archiving a customer removes their statistics and
 * detaches their receipts. Receipts are accounting records: they stay, with lines, amounts and
 * payments, but without the customer (and the plugin stores no other personal data on them).
 */
@Extension
public class SalesHooks extends CustomerHookWithoutFields {

  static final String NAMESPACE = "sales";

  private final TransactionRepository transactions = new TransactionRepository();
  private final StatisticsRepository statistics = new StatisticsRepository();

  public SalesHooks() {
    super(NAMESPACE, "sales keep no fields on the customer; post receipts with POST /api/v1/plugins/sales/transactions");
  }

  /**
   * Runs also when the restaurant has disabled the plugin since. The customer's lock makes a sale or
   * refund for them either commit first (and be detached here) or wait and find them gone.
   */
  @Override
  public Future<Void> beforeArchive(CustomerArchival archival) {
    UUID tenantId = archival.tenant().id();
    UUID customerId = archival.customer().id();
    return CustomerLock.lock(archival.sql(), tenantId, customerId)
        .compose(v -> transactions.detachCustomer(archival.sql(), tenantId, customerId))
        .compose(detached -> statistics.delete(archival.sql(), tenantId, customerId))
        .mapEmpty();
  }

  /** Counts what {@link #beforeArchive} detaches and removes, without locking. */
  @Override
  public Future<ArchivePreview> previewArchive(CustomerArchival archival) {
    UUID tenantId = archival.tenant().id();
    UUID customerId = archival.customer().id();
    Future<Long> receipts = transactions.countForCustomer(archival.sql(), tenantId, customerId);
    Future<Boolean> hasStatistics = statistics.exists(archival.sql(), tenantId, customerId);
    return Future.all(receipts, hasStatistics).map(done -> {
      long count = receipts.result();
      return ArchivePreview.nothing()
          .deleting("sales-statistics", hasStatistics.result() ? 1 : 0,
              "Removes the customer's sales statistics (visits, spend, favourites).")
          .anonymising("receipt", count, count == 1
              ? "1 receipt keeps its lines, amounts and payments, and is detached from the customer."
              : count + " receipts keep their lines, amounts and payments, and are detached from the customer.");
    });
  }
}
