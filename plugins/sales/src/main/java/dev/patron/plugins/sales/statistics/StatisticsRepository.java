package dev.patron.plugins.sales.statistics;

import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
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

  /** Adds a sale: the totals, its day, and its location's and order profile's visit counts, in one statement. */
  public Future<Void> recordVisit(SqlClient tx, UUID tenantId, Visit visit, Instant now) {
    return tx.preparedQuery("WITH totals AS (INSERT INTO sales.customer_statistics AS s (tenant_id, customer_id, visits,"
            + " spend, refunds, tips, first_visit_at, last_visit_at, first_visit_on, updated_at)"
            + " VALUES ($1, $2, 1, $3, 0, $4, $5, $5, $6, $9)"
            + " ON CONFLICT (tenant_id, customer_id) DO UPDATE SET visits = s.visits + 1, spend = s.spend + EXCLUDED.spend,"
            + " tips = s.tips + EXCLUDED.tips, first_visit_at = least(s.first_visit_at, EXCLUDED.first_visit_at),"
            + " last_visit_at = greatest(s.last_visit_at, EXCLUDED.last_visit_at),"
            + " first_visit_on = least(s.first_visit_on, EXCLUDED.first_visit_on), updated_at = EXCLUDED.updated_at),"
            + " days AS (INSERT INTO sales.customer_days AS d (tenant_id, customer_id, day, visits, spend, refunds)"
            + " VALUES ($1, $2, $6, 1, $3, 0)"
            + " ON CONFLICT (tenant_id, customer_id, day) DO UPDATE SET visits = d.visits + 1, spend = d.spend + EXCLUDED.spend)"
            + " INSERT INTO sales.customer_favourites AS f (tenant_id, customer_id, kind, value, visits, last_visit_at)"
            + " SELECT $1, $2, v.kind, v.value, 1, $5 FROM (VALUES ('LOCATION', $7::text), ('ORDER_PROFILE', $8::text))"
            + " AS v (kind, value) WHERE v.value IS NOT NULL"
            + " ON CONFLICT (tenant_id, customer_id, kind, value) DO UPDATE SET visits = f.visits + 1,"
            + " last_visit_at = greatest(f.last_visit_at, EXCLUDED.last_visit_at)")
        .execute(Tuple.tuple().addValue(tenantId).addValue(visit.customerId()).addValue(visit.spend())
            .addValue(visit.tip()).addValue(Rows.param(visit.at())).addValue(visit.day()).addValue(visit.location())
            .addValue(visit.orderProfileId() == null ? null : visit.orderProfileId().toString())
            .addValue(Rows.param(now)))
        .mapEmpty();
  }

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
