package dev.patron.plugins.sales.history;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import dev.patron.kit.sql.SqlParams;
import dev.patron.plugins.sales.transaction.TransactionRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer's receipts newest first, keyset-paged on {@code (closed_at, id)}: one range scan of
 * an index that leads with the tenant and the customer (and the location, when filtered by it),
 * however long the history.
 */
public final class HistoryRepository {

  private static final String COLUMNS = "id, receipt_id, customer_id, customer_detached, closed_at, closed_on, location,"
      + " register, staff, order_profile_id, prices_include_tax, currency, line_count, service_charge, total, tip,"
      + " refunded_total, refunded_tip, created_at";

  public Future<Page<HistoryEntry>> page(SqlClient sql, UUID tenantId, UUID customerId, HistoryQuery query, ZoneId zone) {
    SqlParams params = new SqlParams();
    StringBuilder where = new StringBuilder("tenant_id = ").append(params.add(tenantId))
        .append(" AND customer_id = ").append(params.add(customerId));
    Instant start = query.period().start(zone);
    Instant end = query.period().end(zone);
    if (start != null) {
      where.append(" AND closed_at >= ").append(params.add(Rows.param(start)));
    }
    if (end != null) {
      where.append(" AND closed_at < ").append(params.add(Rows.param(end)));
    }
    if (query.location() != null) {
      where.append(" AND location = ").append(params.add(query.location()));
    }
    PageRequest page = query.page();
    if (page.after() != null) {
      where.append(" AND (closed_at, id) < (").append(params.add(page.afterTimestamp("closedAt")))
          .append(", ").append(params.add(page.afterUuid("id"))).append(')');
    }
    String statement = "SELECT " + COLUMNS + " FROM sales.transactions WHERE " + where
        + " ORDER BY closed_at DESC, id DESC LIMIT " + params.add(page.limit() + 1);
    return sql.preparedQuery(statement).execute(params.tuple()).map(rows -> {
      List<HistoryEntry> entries = new ArrayList<>();
      rows.forEach(row -> entries.add(new HistoryEntry(TransactionRepository.map(row), row.getInteger("line_count"))));
      return Page.of(entries, page.limit(), entry -> new JsonObject()
          .put("closedAt", Rows.param(entry.transaction().closedAt()).toString())
          .put("id", entry.transaction().id().toString()));
    });
  }
}
