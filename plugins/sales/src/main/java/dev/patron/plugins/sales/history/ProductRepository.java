package dev.patron.plugins.sales.history;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import dev.patron.kit.sql.SqlParams;
import dev.patron.plugins.sales.transaction.TransactionJson;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A customer's products over a period, ranked by quantity or spend, keyset-paged on the rank and
 * the product id. Reads the customer's receipts in the period through their index, and their lines
 * by primary key.
 */
public final class ProductRepository {

  private static final Pattern RANK_VALUE = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,10})?");

  public Future<Page<ProductTotal>> page(SqlClient sql, UUID tenantId, UUID customerId, Period period, ZoneId zone,
      ProductSort sort, PageRequest page) {
    SqlParams params = new SqlParams();
    StringBuilder where = new StringBuilder("t.tenant_id = ").append(params.add(tenantId))
        .append(" AND t.customer_id = ").append(params.add(customerId));
    Instant start = period.start(zone);
    Instant end = period.end(zone);
    if (start != null) {
      where.append(" AND t.closed_at >= ").append(params.add(Rows.param(start)));
    }
    if (end != null) {
      where.append(" AND t.closed_at < ").append(params.add(Rows.param(end)));
    }
    String rank = sort.aggregate();
    String having = "";
    if (page.after() != null) {
      if (!sort.parameter().equals(page.afterString("sort"))) {
        throw PageRequest.foreignCursor();
      }
      String value = params.add(rankValue(page)) + "::numeric";
      String product = params.add(page.afterString("productId"));
      having = " HAVING " + rank + " < " + value + " OR (" + rank + " = " + value + " AND l.product_id > " + product + ")";
    }
    String latest = " ORDER BY t.closed_at DESC, t.id DESC, l.line_number";
    String statement = "SELECT l.product_id, (array_agg(l.name" + latest + "))[1] AS name,"
        + " (array_agg(l.category" + latest + "))[1] AS category,"
        + " sum(l.quantity - l.refunded_quantity) AS bought, sum(l.total_share - l.refunded_amount)::bigint AS spent,"
        + " count(DISTINCT t.id) AS receipts, max(t.closed_at) AS last_bought_at"
        + " FROM sales.transactions t JOIN sales.transaction_lines l"
        + " ON l.tenant_id = t.tenant_id AND l.transaction_id = t.id"
        + " WHERE " + where + " GROUP BY l.product_id" + having
        + " ORDER BY " + rank + " DESC, l.product_id LIMIT " + params.add(page.limit() + 1);
    return sql.preparedQuery(statement).execute(params.tuple()).map(rows -> {
      List<ProductTotal> products = new ArrayList<>();
      rows.forEach(row -> products.add(new ProductTotal(row.getString("product_id"), row.getString("name"),
          row.getString("category"), TransactionJson.plain(row.getBigDecimal("bought")), row.getLong("spent"),
          row.getLong("receipts"), Rows.instant(row, "last_bought_at"))));
      return Page.of(products, page.limit(), product -> new JsonObject()
          .put("sort", sort.parameter())
          .put("value", (sort == ProductSort.QUANTITY ? product.quantity() : BigDecimal.valueOf(product.spend()))
              .toPlainString())
          .put("productId", product.productId()));
    });
  }

  /** The rank the cursor's page ended on: a plain decimal as this class wrote it, nothing else. */
  private static BigDecimal rankValue(PageRequest page) {
    String value = page.afterString("value");
    if (!RANK_VALUE.matcher(value).matches()) {
      throw PageRequest.foreignCursor();
    }
    return new BigDecimal(value);
  }
}
