package dev.patron.plugins.sales.statistics;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The statistics tables, kept in step by each sale and refund in its own transaction (under the
 * customer's {@link CustomerLock}), and read in one statement whatever the customer's history: one
 * row of totals, at most 365 day rows for the windows, and the first row of two small indexes for
 * the favourites.
 */
public final class StatisticsRepository {

  /** A favourite: most visits, then the latest visit, then the value (byte order). */
  private static final String FAVOURITE = "(SELECT f.value FROM sales.customer_favourites f"
      + " WHERE f.tenant_id = s.tenant_id AND f.customer_id = s.customer_id AND f.kind = '%s'"
      + " ORDER BY f.visits DESC, f.last_visit_at DESC, f.value LIMIT 1)";

  private static final String FIND = "SELECT s.visits, s.spend, s.refunds, s.tips, s.first_visit_at, s.last_visit_at,"
      + " w.last30, w.last90, w.last365, " + FAVOURITE.formatted("LOCATION") + " AS favourite_location, "
      + FAVOURITE.formatted("ORDER_PROFILE") + " AS favourite_order_profile"
      + " FROM sales.customer_statistics s CROSS JOIN LATERAL (SELECT"
      + " coalesce(sum(d.spend - d.refunds) FILTER (WHERE d.day > $3::date - 30), 0)::bigint AS last30,"
      + " coalesce(sum(d.spend - d.refunds) FILTER (WHERE d.day > $3::date - 90), 0)::bigint AS last90,"
      + " coalesce(sum(d.spend - d.refunds), 0)::bigint AS last365"
      + " FROM sales.customer_days d WHERE d.tenant_id = s.tenant_id AND d.customer_id = s.customer_id"
      + " AND d.day > $3::date - 365) w"
      + " WHERE s.tenant_id = $1 AND s.customer_id = $2";

  /**
   * What sales add to their customers' statistics, as three data-modifying CTEs over a relation
   * {@code v (customer_id, spend, tip, at, day, location, profile)} of sales with a customer, the
   * caller's statement defines: each customer's totals, days and favourites grow by the sum of
   * their sales. The one definition of it, for a post ({@code RecordTransaction}) and an import's
   * batch ({@link #recordVisits}) alike; the caller holds the customers' {@link CustomerLock}s.
   *
   * @param tenant the tenant's parameter, e.g. {@code $1}
   * @param now the parameter of the time of the write
   */
  public static String visitUpserts(String tenant, String now) {
    return " totals AS (INSERT INTO sales.customer_statistics AS s (tenant_id, customer_id, visits,"
        + " spend, refunds, tips, first_visit_at, last_visit_at, first_visit_on, updated_at)"
        + " SELECT " + tenant + ", customer_id, count(*), sum(spend), 0, sum(tip), min(at), max(at), min(day), "
        + now + "::timestamptz FROM v GROUP BY customer_id"
        + " ON CONFLICT (tenant_id, customer_id) DO UPDATE SET visits = s.visits + EXCLUDED.visits,"
        + " spend = s.spend + EXCLUDED.spend, tips = s.tips + EXCLUDED.tips,"
        + " first_visit_at = least(s.first_visit_at, EXCLUDED.first_visit_at),"
        + " last_visit_at = greatest(s.last_visit_at, EXCLUDED.last_visit_at),"
        + " first_visit_on = least(s.first_visit_on, EXCLUDED.first_visit_on), updated_at = EXCLUDED.updated_at),"
        + " days AS (INSERT INTO sales.customer_days AS d (tenant_id, customer_id, day, visits, spend, refunds)"
        + " SELECT " + tenant + ", customer_id, day, count(*), sum(spend), 0 FROM v GROUP BY customer_id, day"
        + " ON CONFLICT (tenant_id, customer_id, day) DO UPDATE SET visits = d.visits + EXCLUDED.visits,"
        + " spend = d.spend + EXCLUDED.spend),"
        + " favourites AS (INSERT INTO sales.customer_favourites AS f (tenant_id, customer_id, kind, value, visits,"
        + " last_visit_at) SELECT " + tenant + ", v.customer_id, k.kind, k.value, count(*), max(v.at) FROM v"
        + " CROSS JOIN LATERAL (VALUES ('LOCATION', v.location), ('ORDER_PROFILE', v.profile)) AS k (kind, value)"
        + " WHERE k.value IS NOT NULL GROUP BY v.customer_id, k.kind, k.value"
        + " ON CONFLICT (tenant_id, customer_id, kind, value) DO UPDATE SET visits = f.visits + EXCLUDED.visits,"
        + " last_visit_at = greatest(f.last_visit_at, EXCLUDED.last_visit_at))";
  }

  /**
   * Adds a receipt just written in this transaction to its customer's statistics; nothing when it
   * is not there (the insert before found its receipt id taken).
   */
  public Future<Void> recordSale(SqlClient tx, UUID tenantId, UUID transactionId, Instant now) {
    return tx.preparedQuery(RECORD_SALE).execute(Tuple.of(tenantId, transactionId, Rows.param(now))).mapEmpty();
  }

  /** Adds sales, of one customer or many (an import's batch), in one statement ({@link #visitUpserts}). */
  public Future<Void> recordVisits(SqlClient tx, UUID tenantId, List<Visit> visits, Instant now) {
    int size = visits.size();
    UUID[] customers = new UUID[size];
    Long[] spend = new Long[size];
    Long[] tips = new Long[size];
    OffsetDateTime[] at = new OffsetDateTime[size];
    LocalDate[] days = new LocalDate[size];
    String[] locations = new String[size];
    String[] profiles = new String[size];
    for (int i = 0; i < size; i++) {
      Visit visit = visits.get(i);
      customers[i] = visit.customerId();
      spend[i] = visit.spend();
      tips[i] = visit.tip();
      at[i] = Rows.param(visit.at());
      days[i] = visit.day();
      locations[i] = visit.location();
      profiles[i] = visit.orderProfileId() == null ? null : visit.orderProfileId().toString();
    }
    return tx.preparedQuery("WITH v AS (SELECT * FROM unnest($2::uuid[], $3::int8[], $4::int8[], $5::timestamptz[],"
            + " $6::date[], $7::text[], $8::text[]) AS v (customer_id, spend, tip, at, day, location, profile)),"
            + visitUpserts("$1::uuid", "$9") + " SELECT count(*) FROM v")
        .execute(Tuple.tuple().addValue(tenantId).addValue(customers).addValue(spend).addValue(tips).addValue(at)
            .addValue(days).addValue(locations).addValue(profiles).addValue(Rows.param(now)))
        .mapEmpty();
  }

  public static final String RECORD_SALE = "WITH v AS (SELECT customer_id, total AS spend, tip, closed_at AS at,"
      + " closed_on AS day, location, order_profile_id::text AS profile FROM sales.transactions"
      + " WHERE tenant_id = $1 AND id = $2 AND customer_id IS NOT NULL)," + visitUpserts("$1", "$3") + " SELECT 1";

  /** Adds a refund, on the day of the sale it refunds. */
  public Future<Void> recordRefund(SqlClient tx, UUID tenantId, UUID customerId, LocalDate saleDay, long amount,
      long tip, Instant now) {
    return tx.preparedQuery("WITH totals AS (UPDATE sales.customer_statistics SET refunds = refunds + $4,"
            + " tips = tips - $5, updated_at = $6 WHERE tenant_id = $1 AND customer_id = $2)"
            + " UPDATE sales.customer_days SET refunds = refunds + $4 WHERE tenant_id = $1 AND customer_id = $2 AND day = $3")
        .execute(Tuple.of(tenantId, customerId, saleDay, amount, tip, Rows.param(now)))
        .mapEmpty();
  }

  /** Removes everything kept about the customer; whether they had statistics. */
  public Future<Boolean> delete(SqlClient tx, UUID tenantId, UUID customerId) {
    return tx.preparedQuery("WITH days AS (DELETE FROM sales.customer_days WHERE tenant_id = $1 AND customer_id = $2),"
            + " favourites AS (DELETE FROM sales.customer_favourites WHERE tenant_id = $1 AND customer_id = $2)"
            + " DELETE FROM sales.customer_statistics WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId))
        .map(rows -> rows.rowCount() > 0);
  }

  /** The last visit of each of these customers that has one (the back office's list column). */
  public Future<java.util.Map<UUID, Instant>> lastVisits(SqlClient sql, UUID tenantId, List<UUID> customerIds) {
    return sql.preparedQuery("SELECT customer_id, last_visit_at FROM sales.customer_statistics"
            + " WHERE tenant_id = $1 AND customer_id = ANY($2) AND last_visit_at IS NOT NULL")
        .execute(Tuple.tuple().addUUID(tenantId).addArrayOfUUID(customerIds.toArray(UUID[]::new)))
        .map(rows -> {
          java.util.Map<UUID, Instant> visits = new java.util.LinkedHashMap<>();
          rows.forEach(row -> visits.put(row.getUUID("customer_id"), Rows.instant(row, "last_visit_at")));
          return visits;
        });
  }

  public Future<Boolean> exists(SqlClient sql, UUID tenantId, UUID customerId) {
    return sql.preparedQuery("SELECT 1 FROM sales.customer_statistics WHERE tenant_id = $1 AND customer_id = $2")
        .execute(Tuple.of(tenantId, customerId))
        .map(rows -> rows.size() > 0);
  }

  /** @param today the restaurant's date, the last day of the rolling windows */
  public Future<CustomerStatistics> find(SqlClient sql, UUID tenantId, UUID customerId, LocalDate today) {
    return sql.preparedQuery(FIND).execute(Tuple.of(tenantId, customerId, today)).map(rows -> {
      if (rows.size() == 0) {
        return CustomerStatistics.none(customerId, today);
      }
      Row row = rows.iterator().next();
      String profile = row.getString("favourite_order_profile");
      return new CustomerStatistics(customerId, row.getLong("visits"), row.getLong("spend"), row.getLong("refunds"),
          row.getLong("tips"), Rows.instant(row, "first_visit_at"), Rows.instant(row, "last_visit_at"),
          row.getLong("last30"), row.getLong("last90"), row.getLong("last365"), row.getString("favourite_location"),
          profile == null ? null : UUID.fromString(profile), today);
    });
  }
}
