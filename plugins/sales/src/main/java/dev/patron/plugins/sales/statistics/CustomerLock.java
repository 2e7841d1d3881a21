package dev.patron.plugins.sales.statistics;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

/**
 * Serialises, for the rest of a transaction, everything that changes one customer's receipts or
 * statistics: sales, refunds, the archive hook and the rebuild. Without it an archive could detach
 * the customer's receipts and delete their statistics while a sale for them commits after it, and
 * statistics would outlive the customer. Always taken before any receipt row lock, by everyone,
 * so the two kinds of locks never wait on each other in a circle.
 */
public final class CustomerLock {

  private CustomerLock() {
  }

  public static Future<Void> lock(SqlClient tx, UUID tenantId, UUID customerId) {
    return tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .execute(Tuple.of(key(tenantId, customerId)))
        .mapEmpty();
  }

  /** Locks several customers, in one order every caller shares, so two such calls cannot deadlock. */
  public static Future<Void> lockAll(SqlClient tx, UUID tenantId, List<UUID> customerIds) {
    if (customerIds.isEmpty()) {
      return Future.succeededFuture();
    }
    String[] keys = customerIds.stream().map(id -> key(tenantId, id)).toArray(String[]::new);
    // The sort happens in the subquery, so the outer query takes the locks in that order.
    return tx.preparedQuery("SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(key, 0) AS k"
            + " FROM unnest($1::text[]) AS key ORDER BY k) AS keys")
        .execute(Tuple.of((Object) keys))
        .mapEmpty();
  }

  private static String key(UUID tenantId, UUID customerId) {
    return "sales:customer:" + tenantId + ":" + customerId;
  }
}
