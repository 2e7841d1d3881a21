package dev.patron.plugins.sales.report;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The restaurant's reports, from the customers' day rows ({@code customer_days}): a period costs
 * the rows of its days, not the receipts. Walk-in guests are in no report; archived customers
 * are gone from them with their statistics.
 */
public final class ReportRepository {

  private static final String NET = "sum(spend - refunds)";

  /** Customers by net spend in {@code [from, to]}, highest first, keyset-paged on (net spend, id). */
  public Future<Page<CustomerRank>> topCustomers(SqlClient sql, UUID tenantId, LocalDate from, LocalDate to,
      PageRequest page) {
    SqlParams params = new SqlParams();
    String where = "tenant_id = " + params.add(tenantId) + " AND day >= " + params.add(from) + " AND day <= "
        + params.add(to);
    String having = "";
    if (page.after() != null) {
      String net = params.add(afterNet(page)) + "::bigint";
      String customer = params.add(page.afterUuid("customerId"));
      having = " HAVING " + NET + " < " + net + " OR (" + NET + " = " + net + " AND customer_id > " + customer + ")";
    }
    String statement = "SELECT customer_id, sum(visits)::bigint AS visits, sum(spend)::bigint AS spend,"
        + " sum(refunds)::bigint AS refunds FROM sales.customer_days WHERE " + where + " GROUP BY customer_id" + having
        + " ORDER BY " + NET + " DESC, customer_id LIMIT " + params.add(page.limit() + 1);
    return sql.preparedQuery(statement).execute(params.tuple()).map(rows -> {
      List<CustomerRank> ranks = new ArrayList<>();
      rows.forEach(row -> ranks.add(new CustomerRank(row.getUUID("customer_id"), row.getLong("visits"),
          row.getLong("spend"), row.getLong("refunds"))));
      return Page.of(ranks, page.limit(), rank -> new JsonObject()
          .put("netSpend", Long.toString(rank.netSpend()))
          .put("customerId", rank.customerId().toString()));
    });
  }

  /** Each month from {@code from} to {@code to}, months without visits included. */
  public Future<List<MonthCount>> newVersusReturning(SqlClient sql, UUID tenantId, YearMonth from, YearMonth to) {
    return sql.preparedQuery("SELECT m.month, count(*) FILTER (WHERE s.first_visit_on >= m.month) AS new_customers,"
            + " count(*) FILTER (WHERE s.first_visit_on < m.month) AS returning_customers"
            + " FROM (SELECT DISTINCT d.customer_id, date_trunc('month', d.day)::date AS month FROM sales.customer_days d"
            + " WHERE d.tenant_id = $1 AND d.day >= $2 AND d.day < $3) AS m"
            + " JOIN sales.customer_statistics s ON s.tenant_id = $1 AND s.customer_id = m.customer_id"
            + " GROUP BY m.month")
        .execute(Tuple.of(tenantId, from.atDay(1), to.plusMonths(1).atDay(1)))
        .map(rows -> {
          Map<YearMonth, MonthCount> months = new LinkedHashMap<>();
          for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.put(month, new MonthCount(month, 0, 0));
          }
          rows.forEach(row -> {
            YearMonth month = YearMonth.from(row.getLocalDate("month"));
            months.put(month, new MonthCount(month, row.getLong("new_customers"), row.getLong("returning_customers")));
          });
          return List.copyOf(months.values());
        });
  }

  private static long afterNet(PageRequest page) {
    try {
      return Long.parseLong(page.afterString("netSpend"));
    } catch (NumberFormatException e) {
      throw PageRequest.foreignCursor();
    }
  }
}
