package dev.patron.plugins.sales.imports;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.jobs.JobAbort;
import dev.patron.kit.jobs.RowOutcome;
import dev.patron.plugins.sales.receipt.PricedSale;
import dev.patron.plugins.sales.receipt.ReceiptArithmetic;
import dev.patron.plugins.sales.receipt.Sale;
import dev.patron.plugins.sales.receipt.SaleReader;
import dev.patron.plugins.sales.transaction.CustomerMatches;
import dev.patron.plugins.sales.transaction.RecordReceipts;
import dev.patron.plugins.sales.transaction.SalesEvents;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records a batch of imported receipts in the job's transaction, as {@code POST /transactions}
 * records one — the same reader and arithmetic, then {@link RecordReceipts} for the whole batch:
 *
 * <ol>
 *   <li>the restaurant still has the plugin enabled (else the job fails), and the customers its
 *       rows name by {@code customerReferenceId};
 *   <li>each row read and checked to add up (its errors reject it);
 *   <li>the rest recorded, or labelled {@code unchanged} (the same receipt again), or rejected.
 * </ol>
 *
 * Should a concurrent post take a receipt id between the look-up and the insert, the batch fails
 * and the job applies its rows one by one.
 */
final class ImportBatch {

  /** The largest {@code customerReferenceId}: a customer's {@code referenceId} is at most this long. */
  static final int REFERENCE_MAX = 100;

  /** A row on its way through the batch. */
  private static final class Row {
    final JsonObject body;
    final List<FieldError> errors = new ArrayList<>();
    PricedSale priced;
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

  private final CustomerMatches customers = new CustomerMatches();
  private final RecordReceipts receipts;

  ImportBatch(SalesEvents events) {
    this.receipts = new RecordReceipts(events);
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
      return record(tx, tenant, rows, now);
    }).map(v -> outcomes(rows));
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
    } catch (ProblemException e) {
      row.errors.addAll(e.problem().errors().isEmpty()
          ? List.of(new FieldError("row", String.valueOf(e.problem().detail())))
          : e.problem().errors());
    }
  }

  /** Records the rows still open, and labels each by its verdict. */
  private Future<Void> record(SqlConnection tx, Tenant tenant, List<Row> rows, Instant now) {
    List<Row> open = rows.stream().filter(Row::open).toList();
    return receipts.record(tx, tenant, open.stream().map(row -> row.priced).toList(), now).map(verdicts -> {
      for (int i = 0; i < open.size(); i++) {
        Row row = open.get(i);
        RecordReceipts.Verdict verdict = verdicts.get(i);
        if (verdict instanceof RecordReceipts.Recorded) {
          row.label = SalesImports.RECORDED;
        } else if (verdict instanceof RecordReceipts.Unchanged) {
          row.label = SalesImports.UNCHANGED;
        } else if (verdict instanceof RecordReceipts.Refused refused) {
          row.errors.addAll(refused.errors());
        } else {
          row.errors.add(new FieldError("receiptId", "is in the file before with other contents"));
        }
      }
      return null;
    });
  }

  private static List<RowOutcome> outcomes(List<Row> rows) {
    return rows.stream()
        .map(row -> row.errors.isEmpty() ? RowOutcome.counted(row.label) : RowOutcome.rejected(row.errors))
        .toList();
  }
}
