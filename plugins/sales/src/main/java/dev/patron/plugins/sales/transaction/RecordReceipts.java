package dev.patron.plugins.sales.transaction;

import dev.patron.api.event.Actor;
import dev.patron.api.problem.FieldError;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.sales.receipt.PricedSale;
import dev.patron.plugins.sales.receipt.Sale;
import dev.patron.plugins.sales.receipt.SaleFingerprint;
import dev.patron.plugins.sales.statistics.CustomerLock;
import dev.patron.plugins.sales.statistics.StatisticsRepository;
import dev.patron.plugins.sales.statistics.Visit;
import dev.patron.plugins.sales.transaction.TransactionRepository.StoredReceipt;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Records several receipts in the caller's transaction, as {@link RecordTransaction} records one —
 * the same idempotency by receipt id, the customer's lock, statistics and event — with a statement
 * for all of them at each step (the history import's batches, and concurrent posts sharing a
 * transaction):
 *
 * <ol>
 *   <li>the receipts' customers locked, in the one order every caller shares, then — pipelined
 *       behind the lock, so after it — which of them still exist (an archive cannot slip in
 *       between), which order profiles are unknown, and which receipt ids are stored already;
 *   <li>each receipt judged: recorded, the same receipt again, or refused with its field errors;
 *   <li>receipts, lines, statistics and events for those recorded, sent without waiting.
 * </ol>
 *
 * A receipt is thus written whole or not at all. Should a concurrent post take a receipt id between
 * the look-up and the insert, the call fails and the caller's transaction must roll back.
 */
public final class RecordReceipts {

  /** What became of a receipt. */
  public sealed interface Verdict {
  }

  /** Written now, as this receipt. */
  public record Recorded(Transaction transaction) implements Verdict {
  }

  /** The same receipt was stored before, or comes earlier in this batch: nothing written. */
  public record Unchanged() implements Verdict {
  }

  /** Not written, for these reasons. */
  public record Refused(List<FieldError> errors) implements Verdict {
  }

  /** Not written: its receipt id comes earlier in this batch with other contents. */
  public record ClashesWithEarlier() implements Verdict {
  }

  private final TransactionRepository transactions = new TransactionRepository();
  private final StatisticsRepository statistics = new StatisticsRepository();
  private final CustomerMatches customers = new CustomerMatches();
  private final OrderProfiles profiles = new OrderProfiles();
  private final SalesEvents events;

  public RecordReceipts(SalesEvents events) {
    this.events = events;
  }

  /** The verdicts, in the order of {@code sales}. */
  public Future<List<Verdict>> record(SqlConnection tx, Tenant tenant, List<PricedSale> sales, Instant now) {
    if (sales.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    List<byte[]> fingerprints = fingerprints(sales);
    Keys keys = Keys.of(sales);
    UUID tenantId = tenant.id();
    Future<Void> locked = CustomerLock.lockAll(tx, tenantId, List.copyOf(keys.customerIds()));
    Future<Set<UUID>> existing = customers.existing(tx, tenantId, keys.customerIds());
    Future<Set<UUID>> unknownProfiles = profiles.unknown(tx, tenantId, keys.profileIds());
    Future<Map<String, StoredReceipt>> stored = transactions.findByReceiptIds(tx, tenantId, keys.receiptIds());
    return Future.all(locked, existing, unknownProfiles, stored)
        .map(done -> judge(tenant, sales, fingerprints, existing.result(), unknownProfiles.result(), stored.result(),
            now))
        .compose(verdicts -> storeRecorded(tx, tenant, sales, verdicts, fingerprints, now).map(verdicts));
  }

  /**
   * Records receipts the caller expects all to be new, with customers and order profiles the
   * restaurant has (concurrent posts): every statement sent at once behind the customers' lock,
   * so the batch costs one round trip before its commit. Fails — and the caller must roll back —
   * when any is not: a receipt id stored before or repeated in the batch, an unknown customer or
   * order profile ({@link NotAllNew}, or the database's error).
   */
  public Future<List<Transaction>> recordAllNew(SqlConnection tx, Tenant tenant, List<PricedSale> sales, Instant now) {
    Keys keys = Keys.of(sales);
    if (keys.receiptIds().size() != sales.size()) {
      return Future.failedFuture(new NotAllNew("a receipt id is twice in the batch"));
    }
    List<Transaction> receipts = sales.stream().map(priced -> Transaction.recordedNow(tenant, priced, now)).toList();
    UUID tenantId = tenant.id();
    Future<Void> locked = CustomerLock.lockAll(tx, tenantId, List.copyOf(keys.customerIds()));
    Future<Void> customersKnown = customers.existing(tx, tenantId, keys.customerIds()).map(existing -> {
      if (existing.size() != keys.customerIds().size()) {
        throw new NotAllNew("a customer of the batch is not the restaurant's");
      }
      return null;
    });
    Future<Void> profilesKnown = profiles.unknown(tx, tenantId, keys.profileIds()).map(unknown -> {
      if (!unknown.isEmpty()) {
        throw new NotAllNew("an order profile of the batch is not the restaurant's");
      }
      return null;
    });
    Future<Void> stored = store(tx, tenant, receipts, fingerprints(sales),
        sales.stream().map(PricedSale::postedBy).toList(), now);
    return Future.all(locked, customersKnown, profilesKnown, stored).map(receipts);
  }

  /** The customers, order profiles and receipt ids a batch names, each once, in the batch's order. */
  private record Keys(Set<UUID> customerIds, Set<UUID> profileIds, Set<String> receiptIds) {

    static Keys of(List<PricedSale> sales) {
      Keys keys = new Keys(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
      for (PricedSale priced : sales) {
        Sale sale = priced.sale();
        if (sale.customerId() != null) {
          keys.customerIds().add(sale.customerId());
        }
        if (sale.orderProfileId() != null) {
          keys.profileIds().add(sale.orderProfileId());
        }
        keys.receiptIds().add(sale.receiptId());
      }
      return keys;
    }
  }

  private static List<byte[]> fingerprints(List<PricedSale> sales) {
    return sales.stream().map(priced -> SaleFingerprint.of(priced.sale())).toList();
  }

  /** A batch {@link #recordAllNew} could not record whole, as it expected to. */
  public static final class NotAllNew extends RuntimeException {
    NotAllNew(String message) {
      super(message, null, false, false);
    }
  }

  private static List<Verdict> judge(Tenant tenant, List<PricedSale> sales, List<byte[]> fingerprints,
      Set<UUID> existing, Set<UUID> unknownProfiles, Map<String, StoredReceipt> stored, Instant now) {
    List<Verdict> verdicts = new ArrayList<>(sales.size());
    Map<String, Integer> recordedHere = new HashMap<>();
    for (int i = 0; i < sales.size(); i++) {
      Sale sale = sales.get(i).sale();
      byte[] fingerprint = fingerprints.get(i);
      List<FieldError> errors = new ArrayList<>();
      if (sale.customerId() != null && !existing.contains(sale.customerId())) {
        errors.add(new FieldError("customerId", "no customer of this restaurant has this id"));
      }
      if (sale.orderProfileId() != null && unknownProfiles.contains(sale.orderProfileId())) {
        errors.add(new FieldError("orderProfileId", "no order profile of this restaurant has this id"));
      }
      StoredReceipt before = stored.get(sale.receiptId());
      Integer earlier = recordedHere.get(sale.receiptId());
      if (!errors.isEmpty()) {
        verdicts.add(new Refused(errors));
      } else if (before != null) {
        verdicts.add(RecordTransaction.isSameSale(before, sale, fingerprint) ? new Unchanged()
            : new Refused(List.of(new FieldError("receiptId", "was recorded before with other contents (transaction "
                + before.id() + "); a recorded receipt does not change"))));
      } else if (earlier != null) {
        boolean same = Objects.equals(sales.get(earlier).sale().customerId(), sale.customerId())
            && MessageDigest.isEqual(fingerprints.get(earlier), fingerprint);
        verdicts.add(same ? new Unchanged() : new ClashesWithEarlier());
      } else {
        recordedHere.put(sale.receiptId(), i);
        verdicts.add(new Recorded(Transaction.recordedNow(tenant, sales.get(i), now)));
      }
    }
    return verdicts;
  }

  /** Writes the receipts judged {@link Recorded}. */
  private Future<Void> storeRecorded(SqlConnection tx, Tenant tenant, List<PricedSale> sales, List<Verdict> verdicts,
      List<byte[]> fingerprints, Instant now) {
    List<Transaction> receipts = new ArrayList<>();
    List<byte[]> receiptFingerprints = new ArrayList<>();
    List<Actor> postedBy = new ArrayList<>();
    for (int i = 0; i < verdicts.size(); i++) {
      if (verdicts.get(i) instanceof Recorded recorded) {
        receipts.add(recorded.transaction());
        receiptFingerprints.add(fingerprints.get(i));
        postedBy.add(sales.get(i).postedBy());
      }
    }
    return store(tx, tenant, receipts, receiptFingerprints, postedBy, now);
  }

  /**
   * Writes receipts, lines, statistics and events, sent without waiting; fails if a receipt id was
   * taken meanwhile (nothing of that receipt is then written, and the caller must roll back).
   */
  private Future<Void> store(SqlConnection tx, Tenant tenant, List<Transaction> receipts, List<byte[]> fingerprints,
      List<Actor> postedBy, Instant now) {
    if (receipts.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Visit> visits = new ArrayList<>();
    for (Transaction t : receipts) {
      if (t.customerId() != null) {
        visits.add(new Visit(t.customerId(), t.total(), t.tip(), t.closedAt(), t.closedOn(), t.location(),
            t.orderProfileId()));
      }
    }
    UUID tenantId = tenant.id();
    List<Future<?>> writes = new ArrayList<>();
    writes.add(transactions.insertAll(tx, tenantId, receipts, fingerprints).map(ids -> {
      if (ids.size() != receipts.size()) {
        throw new NotAllNew("a receipt id of the batch was taken while it ran");
      }
      return ids;
    }));
    writes.add(transactions.insertLines(tx, tenantId, receipts));
    if (!visits.isEmpty()) {
      writes.add(statistics.recordVisits(tx, tenantId, visits, now));
    }
    writes.add(events.recordedAll(tx, tenant, receipts, postedBy));
    return Future.all(writes).mapEmpty();
  }
}
