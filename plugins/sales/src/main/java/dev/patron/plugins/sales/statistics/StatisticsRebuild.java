package dev.patron.plugins.sales.statistics;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Recomputes customers' statistics from their receipts and refunds ({@link StatisticsHistory}),
 * compares them with the stored rows, reports every customer whose rows differ (drift) and, unless
 * asked only to check, writes the recomputed rows in their place. One batch of customers per call,
 * in id order, each locked ({@link CustomerLock}) so no sale or refund of theirs interleaves.
 */
public final class StatisticsRebuild {

  /** The parts of a customer's statistics, as drift names them. */
  public static final String TOTALS = "totals";
  public static final String DAYS = "days";
  public static final String FAVOURITES = "favourites";

  /** Below every customer id (the nil UUID, which no customer has): where the first batch starts. */
  private static final UUID NO_CUSTOMER = new UUID(0, 0);

  /** A customer whose stored statistics differ from their history, and in which parts. */
  public record Drift(UUID customerId, List<String> parts) {
  }

  /** What one batch found: the customers checked (in order), the drifted ones, and whether they were repaired. */
  public record Batch(List<UUID> checked, List<Drift> drifted, boolean repaired) {
  }

  /**
   * Customers with statistics or receipts, after {@code after} in id order, at most {@code limit}
   * (one more is asked for, to tell whether there is a next batch). The receipts' customers are
   * found by a skip scan of the history index, one index probe per customer, so a batch costs
   * the same however many receipts the restaurant has.
   */
  public Future<List<UUID>> customers(SqlClient sql, UUID tenantId, UUID after, int limit) {
    return sql.preparedQuery("WITH RECURSIVE receipts AS ((SELECT customer_id FROM sales.transactions"
            + " WHERE tenant_id = $1 AND customer_id > $2 ORDER BY customer_id LIMIT 1)"
            + " UNION ALL SELECT (SELECT t.customer_id FROM sales.transactions t WHERE t.tenant_id = $1"
            + " AND t.customer_id > r.customer_id ORDER BY t.customer_id LIMIT 1) FROM receipts r"
            + " WHERE r.customer_id IS NOT NULL)"
            + " SELECT customer_id FROM ((SELECT customer_id FROM receipts WHERE customer_id IS NOT NULL LIMIT $3)"
            + " UNION (SELECT customer_id FROM sales.customer_statistics WHERE tenant_id = $1 AND customer_id > $2"
            + " ORDER BY customer_id LIMIT $3)) AS c ORDER BY customer_id LIMIT $3")
        .execute(Tuple.of(tenantId, after == null ? NO_CUSTOMER : after, limit))
        .map(rows -> {
          List<UUID> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getUUID("customer_id")));
          return ids;
        });
  }

  /** Checks (and unless {@code checkOnly} repairs) the customers, inside the caller's transaction. */
  public Future<Batch> run(SqlClient tx, UUID tenantId, List<UUID> customers, boolean checkOnly, Instant now) {
    UUID[] ids = customers.toArray(UUID[]::new);
    Tuple batch = Tuple.tuple().addValue(tenantId).addValue(ids);
    return CustomerLock.lockAll(tx, tenantId, customers)
        .compose(v -> compare(tx, batch, StatisticsHistory.STORED_TOTALS, StatisticsHistory.TOTALS))
        .compose(totals -> compare(tx, batch, StatisticsHistory.STORED_DAYS, StatisticsHistory.DAYS)
            .compose(days -> compare(tx, batch, StatisticsHistory.STORED_FAVOURITES, StatisticsHistory.FAVOURITES)
                .map(favourites -> drift(customers, totals, days, favourites))))
        .compose(drifted -> {
          if (checkOnly || drifted.isEmpty()) {
            return Future.succeededFuture(new Batch(customers, drifted, false));
          }
          UUID[] repair = drifted.stream().map(Drift::customerId).toArray(UUID[]::new);
          return tx.preparedQuery(StatisticsHistory.DELETE).execute(Tuple.tuple().addValue(tenantId).addValue(repair))
              .compose(deleted -> tx.preparedQuery(StatisticsHistory.INSERT)
                  .execute(Tuple.of(tenantId, repair, Rows.param(now))))
              .map(written -> new Batch(customers, drifted, true));
        });
  }

  /** The customers whose stored rows of one part differ from the recomputed ones. */
  private static Future<Set<UUID>> compare(SqlClient tx, Tuple batch, String stored, String expected) {
    Future<Map<UUID, Set<List<Object>>>> storedRows = tx.preparedQuery(stored).execute(batch).map(StatisticsRebuild::byCustomer);
    Future<Map<UUID, Set<List<Object>>>> expectedRows = tx.preparedQuery(expected).execute(batch).map(StatisticsRebuild::byCustomer);
    return Future.all(storedRows, expectedRows).map(done -> {
      Set<UUID> differing = new HashSet<>(storedRows.result().keySet());
      differing.addAll(expectedRows.result().keySet());
      differing.removeIf(id -> storedRows.result().getOrDefault(id, Set.of())
          .equals(expectedRows.result().getOrDefault(id, Set.of())));
      return differing;
    });
  }

  /** Each row's values after its first column (the customer), grouped by customer. */
  private static Map<UUID, Set<List<Object>>> byCustomer(RowSet<Row> rows) {
    Map<UUID, Set<List<Object>>> grouped = new HashMap<>();
    for (Row row : rows) {
      List<Object> values = new ArrayList<>();
      for (int i = 1; i < row.size(); i++) {
        values.add(row.getValue(i));
      }
      grouped.computeIfAbsent(row.getUUID(0), id -> new HashSet<>()).add(values);
    }
    return grouped;
  }

  private static List<Drift> drift(List<UUID> customers, Set<UUID> totals, Set<UUID> days, Set<UUID> favourites) {
    List<Drift> drifted = new ArrayList<>();
    for (UUID customer : customers) {
      List<String> parts = new ArrayList<>();
      if (totals.contains(customer)) {
        parts.add(TOTALS);
      }
      if (days.contains(customer)) {
        parts.add(DAYS);
      }
      if (favourites.contains(customer)) {
        parts.add(FAVOURITES);
      }
      if (!parts.isEmpty()) {
        drifted.add(new Drift(customer, parts));
      }
    }
    return drifted;
  }
}
