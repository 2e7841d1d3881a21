package dev.patron.plugins.sales.imports;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.jobs.JobAbort;
import dev.patron.kit.jobs.RowOutcome;
import dev.patron.plugins.sales.receipt.PricedSale;
import dev.patron.plugins.sales.receipt.ReceiptArithmetic;
import dev.patron.plugins.sales.receipt.Sale;
import dev.patron.plugins.sales.receipt.SaleFingerprint;
import dev.patron.plugins.sales.receipt.SaleReader;
import dev.patron.plugins.sales.statistics.CustomerLock;
import dev.patron.plugins.sales.statistics.StatisticsRepository;
import dev.patron.plugins.sales.statistics.Visit;
import dev.patron.plugins.sales.transaction.CustomerMatches;
import dev.patron.plugins.sales.transaction.OrderProfiles;
import dev.patron.plugins.sales.transaction.RecordTransaction;
import dev.patron.plugins.sales.transaction.SalesEvents;
import dev.patron.plugins.sales.transaction.Transaction;
import dev.patron.plugins.sales.transaction.TransactionRepository;
import dev.patron.plugins.sales.transaction.TransactionRepository.StoredReceipt;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Records a batch of imported receipts in the job's transaction, as {@code POST /transactions}
 * records one — the same reader and arithmetic, the same idempotency by receipt id, the customer's
 * lock, statistics and event — but a statement for the whole batch at each step:
 *
 * <ol>
 *   <li>the restaurant still has the plugin enabled (else the job fails), and the customers its
 *       rows name by {@code customerReferenceId};
 *   <li>each row read and checked to add up (its errors reject it);
 *   <li>the rows' customers locked, then found (still there: an archive cannot slip in between),
 *       their order profiles, and the receipts already stored under their receipt ids — the same
 *       receipt is {@code unchanged}, another under the same id is rejected;
 *   <li>receipts, lines, statistics and events for the rest, pipelined.
 * </ol>
 *
 * A row is thus written whole or not at all. Should a concurrent post take a receipt id between
 * the look-up and the insert, the batch fails and the job applies its rows one by one.
 */
final class ImportBatch {

  /** The largest {@code customerReferenceId}: a customer's {@code referenceId} is at most this long. */
  static final int REFERENCE_MAX = 100;

  /** A row on its way through the batch. */
  private static final class Row {
    final JsonObject body;
    final List<FieldError> errors = new ArrayList<>();
    PricedSale priced;
    byte[] fingerprint;
    String label;

    Row(JsonObject body) {
      this.body = body;
    }

    Sale sale() {
      return priced.sale();
    }

    boolean open() {
      return errors.isEmpty() && label == null;
    }
  }

  private final TransactionRepository transactions = new TransactionRepository();
  private final StatisticsRepository statistics = new StatisticsRepository();
  private final CustomerMatches customers = new CustomerMatches();
  private final OrderProfiles profiles = new OrderProfiles();
  private final SalesEvents events;

  ImportBatch(SalesEvents events) {
    this.events = events;
  }

  Future<List<RowOutcome>> apply(SqlConnection tx, Tenant tenant, boolean pricesIncludeTax, List<JsonObject> bodies,
      Instant now) {
    List<Row> rows = bodies.stream().map(Row::new).toList();
    Set<String> references = new LinkedHashSet<>();
    rows.forEach(row -> {
      if (row.body.getValue("customerReferenceId") instanceof String reference) {
        references.add(reference.strip());
      }
    });
    Future<Boolean> enabled = customers.pluginEnabled(tx, tenant.id(), "sales");
    Future<Map<String, UUID>> byReference = customers.byReference(tx, tenant.id(), references);
    return Future.all(enabled, byReference).compose(found -> {
      if (!enabled.result()) {
        throw new JobAbort("The restaurant no longer has the sales plugin enabled (or was disabled); the rest of"
            + " the file was not imported.");
      }
      rows.forEach(row -> read(row, byReference.result(), tenant, pricesIncludeTax, now));
      return check(tx, tenant, rows);
    }).compose(v -> store(tx, tenant, rows, now)).map(v -> outcomes(rows));
  }

  /** The row's sale, with its customer matched by reference; its errors otherwise. */
  private static void read(Row row, Map<String, UUID> byReference, Tenant tenant, boolean pricesIncludeTax,
      Instant now) {
    JsonObject body = row.body.copy();
    Object reference = body.remove("customerReferenceId");
    if (reference != null) {
      if (!(reference instanceof String text) || text.isBlank() || text.strip().length() > REFERENCE_MAX) {
        row.errors.add(new FieldError("customerReferenceId", "must be a customer's referenceId: text of 1 to "
            + REFERENCE_MAX + " characters"));
      } else if (body.getValue("customerId") != null) {
        row.errors.add(new FieldError("customerReferenceId", "names the customer a second time: give customerId"
            + " or customerReferenceId, not both"));
      } else if (!byReference.containsKey(text.strip())) {
        row.errors.add(new FieldError("customerReferenceId", "no customer of this restaurant has this referenceId"));
      } else {
        body.put("customerId", byReference.get(text.strip()).toString());
      }
    }
    try {
      Sale sale = new SaleReader(tenant.currency()).read(body, now);
      row.priced = new ReceiptArithmetic(tenant.currencyDigits(), tenant.currency()).check(sale, pricesIncludeTax);
      row.fingerprint = SaleFingerprint.of(sale);
    } catch (ProblemException e) {
      row.errors.addAll(e.problem().errors().isEmpty()
          ? List.of(new FieldError("row", String.valueOf(e.problem().detail())))
          : e.problem().errors());
    }
  }

  /**
   * Locks the rows' customers, then — pipelined behind the lock, so after it — finds which still
   * exist, which order profiles are unknown and which receipt ids are taken, and judges each row.
   */
  private Future<Void> check(SqlConnection tx, Tenant tenant, List<Row> rows) {
    Set<UUID> customerIds = new LinkedHashSet<>();
    Set<UUID> profileIds = new LinkedHashSet<>();
    Set<String> receiptIds = new LinkedHashSet<>();
    for (Row row : rows) {
      if (row.open()) {
        if (row.sale().customerId() != null) {
          customerIds.add(row.sale().customerId());
        }
        if (row.sale().orderProfileId() != null) {
          profileIds.add(row.sale().orderProfileId());
        }
        receiptIds.add(row.sale().receiptId());
      }
    }
    if (receiptIds.isEmpty()) {
      return Future.succeededFuture();
    }
    UUID tenantId = tenant.id();
    Future<Void> locked = CustomerLock.lockAll(tx, tenantId, List.copyOf(customerIds));
    Future<Set<UUID>> existing = customers.existing(tx, tenantId, customerIds);
    Future<Set<UUID>> unknownProfiles = profiles.unknown(tx, tenantId, profileIds);
    Future<Map<String, StoredReceipt>> stored = transactions.findByReceiptIds(tx, tenantId, receiptIds);
    return Future.all(locked, existing, unknownProfiles, stored).map(done -> {
      judge(rows, existing.result(), unknownProfiles.result(), stored.result());
      return null;
    });
  }

  private static void judge(List<Row> rows, Set<UUID> existing, Set<UUID> unknownProfiles,
      Map<String, StoredReceipt> stored) {
    Map<String, Row> recordedHere = new HashMap<>();
    for (Row row : rows) {
      if (!row.open()) {
        continue;
      }
      Sale sale = row.sale();
      if (sale.customerId() != null && !existing.contains(sale.customerId())) {
        row.errors.add(new FieldError("customerId", "no customer of this restaurant has this id"));
      }
      if (sale.orderProfileId() != null && unknownProfiles.contains(sale.orderProfileId())) {
        row.errors.add(new FieldError("orderProfileId", "no order profile of this restaurant has this id"));
      }
      if (!row.errors.isEmpty()) {
        continue;
      }
      StoredReceipt before = stored.get(sale.receiptId());
      Row earlier = recordedHere.get(sale.receiptId());
      if (before != null) {
        if (RecordTransaction.isSameSale(before, sale, row.fingerprint)) {
          row.label = SalesImports.UNCHANGED;
        } else {
          row.errors.add(new FieldError("receiptId", "was recorded before with other contents (transaction "
              + before.id() + "); a recorded receipt does not change"));
        }
      } else if (earlier != null) {
        boolean same = Objects.equals(earlier.sale().customerId(), sale.customerId())
            && MessageDigest.isEqual(earlier.fingerprint, row.fingerprint);
        if (same) {
          row.label = SalesImports.UNCHANGED;
        } else {
          row.errors.add(new FieldError("receiptId", "is in the file before with other contents"));
        }
      } else {
        recordedHere.put(sale.receiptId(), row);
      }
    }
  }

  /** Writes the rows still open: receipts, lines, statistics, events, sent without waiting. */
  private Future<Void> store(SqlConnection tx, Tenant tenant, List<Row> rows, Instant now) {
    List<Transaction> receipts = new ArrayList<>();
    List<byte[]> fingerprints = new ArrayList<>();
    List<Visit> visits = new ArrayList<>();
    for (Row row : rows) {
      if (!row.open()) {
        continue;
      }
      row.label = SalesImports.RECORDED;
      Sale sale = row.sale();
      LocalDate closedOn = LocalDate.ofInstant(sale.closedAt(), tenant.zone());
      Transaction t = Transaction.recorded(UUID.randomUUID(), row.priced, tenant.currency(), closedOn, now);
      receipts.add(t);
      fingerprints.add(row.fingerprint);
      if (t.customerId() != null) {
        visits.add(new Visit(t.customerId(), t.total(), t.tip(), t.closedAt(), t.closedOn(), t.location(),
            t.orderProfileId()));
      }
    }
    if (receipts.isEmpty()) {
      return Future.succeededFuture();
    }
    UUID tenantId = tenant.id();
    List<Future<?>> writes = new ArrayList<>();
    Future<Set<UUID>> inserted = transactions.insertAll(tx, tenantId, receipts, fingerprints);
    writes.add(inserted.map(ids -> {
      if (ids.size() != receipts.size()) {
        throw new IllegalStateException("a receipt id of the batch was taken while it ran");
      }
      return ids;
    }));
    writes.add(transactions.insertLines(tx, tenantId, receipts));
    if (!visits.isEmpty()) {
      writes.add(statistics.recordVisits(tx, tenantId, visits, now));
    }
    receipts.forEach(t -> writes.add(events.recorded(tx, tenant, t)));
    return Future.all(writes).mapEmpty();
  }

  private static List<RowOutcome> outcomes(List<Row> rows) {
    return rows.stream()
        .map(row -> row.errors.isEmpty() ? RowOutcome.counted(row.label) : RowOutcome.rejected(row.errors))
        .toList();
  }
}
