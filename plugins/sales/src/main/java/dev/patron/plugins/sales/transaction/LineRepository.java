package dev.patron.plugins.sales.transaction;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * SQL for a receipt's lines: written once with the receipt (one statement for all), then only
 * refunded; read with the receipt ({@link TransactionRepository#find}).
 */
final class LineRepository {

  /** The columns {@link #VALUES} fill, after tenant_id and transaction_id. */
  static final String COLUMNS = "line_number, product_id, name, category, quantity, unit_price, line_discount,"
      + " tax_rate, amount, total_share";
  /** The values of {@link #COLUMNS} from {@link #unnest}'s relation {@code l}. */
  static final String VALUES = "l.n, l.product_id, l.name, l.category, l.quantity::numeric, l.unit_price,"
      + " l.line_discount, l.tax_rate::numeric, l.amount, l.total_share";

  /**
   * The relation {@code l} of lines from the ten arrays of {@link #arrays}, bound from parameter
   * {@code $first} on; with {@code transactions}, an array of their receipts' ids comes first
   * ({@code l.transaction_id}).
   */
  static String unnest(int first, boolean transactions) {
    String[] types = {"int", "text", "text", "text", "text", "int8", "int8", "text", "int8", "int8"};
    StringBuilder sql = new StringBuilder("unnest(");
    int next = first;
    if (transactions) {
      sql.append('$').append(next++).append("::uuid[], ");
    }
    for (int i = 0; i < types.length; i++) {
      sql.append(i == 0 ? "" : ", ").append('$').append(next++).append("::").append(types[i]).append("[]");
    }
    return sql.append(") AS l(").append(transactions ? "transaction_id, " : "")
        .append("n, product_id, name, category, quantity, unit_price, line_discount, tax_rate, amount, total_share)")
        .toString();
  }

  /**
   * The relation {@code l} of one receipt's lines from a JSON array ({@link #json}) in parameter
   * {@code $param}, typed by the table's own row: with {@link #JSON_VALUES}, what a post inserts.
   */
  static String fromJson(int param) {
    return "jsonb_populate_recordset(NULL::sales.transaction_lines, $" + param + "::jsonb) AS l";
  }

  /** The values of {@link #COLUMNS} from {@link #fromJson}'s relation {@code l}. */
  static final String JSON_VALUES = "l.line_number, l.product_id, l.name, l.category, l.quantity, l.unit_price,"
      + " l.line_discount, l.tax_rate, l.amount, l.total_share";

  /** One receipt's lines as {@link #fromJson} reads them; decimals as text, so they arrive exact. */
  static JsonArray json(List<TransactionLine> lines) {
    JsonArray json = new JsonArray();
    for (TransactionLine line : lines) {
      json.add(new JsonObject().put("line_number", line.lineNumber()).put("product_id", line.productId())
          .put("name", line.name()).put("category", line.category()).put("quantity", line.quantity().toPlainString())
          .put("unit_price", line.unitPrice()).put("line_discount", line.lineDiscount())
          .put("tax_rate", line.taxRate().toPlainString()).put("amount", line.amount())
          .put("total_share", line.totalShare()));
    }
    return json;
  }

  /**
   * The lines as the ten arrays {@link #unnest} reads. Decimals travel as text and are cast in SQL:
   * exact, whatever the client's numeric codec does.
   */
  static Object[] arrays(List<TransactionLine> lines) {
    int size = lines.size();
    Integer[] numbers = new Integer[size];
    String[] productIds = new String[size];
    String[] names = new String[size];
    String[] categories = new String[size];
    String[] quantities = new String[size];
    Long[] unitPrices = new Long[size];
    Long[] discounts = new Long[size];
    String[] rates = new String[size];
    Long[] amounts = new Long[size];
    Long[] shares = new Long[size];
    for (int i = 0; i < size; i++) {
      TransactionLine line = lines.get(i);
      numbers[i] = line.lineNumber();
      productIds[i] = line.productId();
      names[i] = line.name();
      categories[i] = line.category();
      quantities[i] = line.quantity().toPlainString();
      unitPrices[i] = line.unitPrice();
      discounts[i] = line.lineDiscount();
      rates[i] = line.taxRate().toPlainString();
      amounts[i] = line.amount();
      shares[i] = line.totalShare();
    }
    return new Object[] {numbers, productIds, names, categories, quantities, unitPrices, discounts, rates, amounts,
        shares};
  }

  /** The lines of several receipts in one statement: {@code lines.get(i)} are those of {@code transactionIds.get(i)}. */
  Future<Void> insertAll(SqlClient tx, UUID tenantId, List<UUID> transactionIds, List<List<TransactionLine>> lines) {
    List<UUID> owners = new ArrayList<>();
    List<TransactionLine> all = new ArrayList<>();
    for (int t = 0; t < transactionIds.size(); t++) {
      for (TransactionLine line : lines.get(t)) {
        owners.add(transactionIds.get(t));
        all.add(line);
      }
    }
    Tuple params = Tuple.tuple().addValue(tenantId).addValue(owners.toArray(UUID[]::new));
    for (Object array : arrays(all)) {
      params.addValue(array);
    }
    return tx.preparedQuery("INSERT INTO sales.transaction_lines (tenant_id, transaction_id, " + COLUMNS + ")"
            + " SELECT $1, l.transaction_id, " + VALUES + " FROM " + unnest(2, true))
        .execute(params)
        .mapEmpty();
  }

  /** Adds what a refund took to each of its lines. */
  Future<Void> addRefunded(SqlClient tx, UUID tenantId, UUID transactionId, List<RefundedLine> refunded) {
    Integer[] numbers = new Integer[refunded.size()];
    String[] quantities = new String[refunded.size()];
    Long[] amounts = new Long[refunded.size()];
    for (int i = 0; i < refunded.size(); i++) {
      numbers[i] = refunded.get(i).lineNumber();
      quantities[i] = refunded.get(i).quantity().toPlainString();
      amounts[i] = refunded.get(i).amount();
    }
    return tx.preparedQuery("UPDATE sales.transaction_lines l SET refunded_quantity = l.refunded_quantity + r.quantity::numeric,"
            + " refunded_amount = l.refunded_amount + r.amount"
            + " FROM unnest($3::int[], $4::text[], $5::int8[]) AS r(n, quantity, amount)"
            + " WHERE l.tenant_id = $1 AND l.transaction_id = $2 AND l.line_number = r.n")
        .execute(Tuple.of(tenantId, transactionId, numbers, quantities, amounts))
        .mapEmpty();
  }
}
