package dev.patron.plugins.sales.statistics;

/**
 * The statistics tables' rows recomputed from the receipts and refunds, as SQL: the definition of
 * what the incremental updates must add up to. Each query takes {@code $1} the tenant and {@code
 * $2} an array of customers, and yields the same columns, in the same order, as the stored rows
 * {@link StatisticsRebuild} compares them with.
 */
final class StatisticsHistory {

  /** A receipt with what its refunds took back, for the queries below. */
  private static final String RECEIPTS = " FROM sales.transactions t CROSS JOIN LATERAL (SELECT"
      + " coalesce(sum(x.amount), 0) AS amount, coalesce(sum(x.tip), 0) AS tip FROM sales.refunds x"
      + " WHERE x.tenant_id = t.tenant_id AND x.transaction_id = t.id) r"
      + " WHERE t.tenant_id = $1 AND t.customer_id = ANY($2)";

  static final String TOTALS = "SELECT t.customer_id, count(*)::bigint AS visits, sum(t.total)::bigint AS spend,"
      + " sum(r.amount)::bigint AS refunds, (sum(t.tip) - sum(r.tip))::bigint AS tips,"
      + " min(t.closed_at) AS first_visit_at, max(t.closed_at) AS last_visit_at, min(t.closed_on) AS first_visit_on"
      + RECEIPTS + " GROUP BY t.customer_id";

  static final String DAYS = "SELECT t.customer_id, t.closed_on AS day, count(*)::bigint AS visits,"
      + " sum(t.total)::bigint AS spend, sum(r.amount)::bigint AS refunds" + RECEIPTS + " GROUP BY t.customer_id, t.closed_on";

  static final String FAVOURITES = "SELECT customer_id, 'LOCATION' AS kind, location AS value, count(*)::bigint AS visits,"
      + " max(closed_at) AS last_visit_at FROM sales.transactions"
      + " WHERE tenant_id = $1 AND customer_id = ANY($2) AND location IS NOT NULL GROUP BY customer_id, location"
      + " UNION ALL SELECT customer_id, 'ORDER_PROFILE', order_profile_id::text, count(*)::bigint, max(closed_at)"
      + " FROM sales.transactions WHERE tenant_id = $1 AND customer_id = ANY($2) AND order_profile_id IS NOT NULL"
      + " GROUP BY customer_id, order_profile_id";

  /** The stored rows, in the columns of the queries above. */
  static final String STORED_TOTALS = "SELECT customer_id, visits, spend, refunds, tips, first_visit_at, last_visit_at,"
      + " first_visit_on FROM sales.customer_statistics WHERE tenant_id = $1 AND customer_id = ANY($2)";
  static final String STORED_DAYS = "SELECT customer_id, day, visits::bigint AS visits, spend, refunds"
      + " FROM sales.customer_days WHERE tenant_id = $1 AND customer_id = ANY($2)";
  static final String STORED_FAVOURITES = "SELECT customer_id, kind, value, visits, last_visit_at"
      + " FROM sales.customer_favourites WHERE tenant_id = $1 AND customer_id = ANY($2)";

  /** Removes the customers' rows, to be written again by {@link #INSERT}. */
  static final String DELETE = "WITH days AS (DELETE FROM sales.customer_days WHERE tenant_id = $1 AND customer_id = ANY($2)),"
      + " favourites AS (DELETE FROM sales.customer_favourites WHERE tenant_id = $1 AND customer_id = ANY($2))"
      + " DELETE FROM sales.customer_statistics WHERE tenant_id = $1 AND customer_id = ANY($2)";

  /** Writes the customers' rows from history ({@code $3}: now). */
  static final String INSERT = "WITH totals AS (INSERT INTO sales.customer_statistics (tenant_id, customer_id, visits,"
      + " spend, refunds, tips, first_visit_at, last_visit_at, first_visit_on, updated_at)"
      + " SELECT $1, e.*, $3::timestamptz FROM (" + TOTALS + ") e),"
      + " days AS (INSERT INTO sales.customer_days (tenant_id, customer_id, day, visits, spend, refunds)"
      + " SELECT $1, e.* FROM (" + DAYS + ") e)"
      + " INSERT INTO sales.customer_favourites (tenant_id, customer_id, kind, value, visits, last_visit_at)"
      + " SELECT $1, e.* FROM (" + FAVOURITES + ") e";

  private StatisticsHistory() {
  }
}
