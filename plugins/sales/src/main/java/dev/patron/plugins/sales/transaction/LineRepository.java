package dev.patron.plugins.sales.transaction;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

/**
 * SQL for a receipt's lines: written once with the receipt (one statement for all), then only
 * refunded; read with the receipt ({@link TransactionRepository#find}).
 */
final class LineRepository {

  Future<Void> insert(SqlClient tx, UUID tenantId, UUID transactionId, List<TransactionLine> lines) {
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
    // Decimals travel as text and are cast in SQL: exact, whatever the client's numeric codec does.
    return tx.preparedQuery("INSERT INTO sales.transaction_lines (tenant_id, transaction_id, line_number, product_id,"
            + " name, category, quantity, unit_price, line_discount, tax_rate, amount, total_share)"
            + " SELECT $1, $2, l.n, l.product_id, l.name, l.category, l.quantity::numeric, l.unit_price, l.line_discount,"
            + " l.tax_rate::numeric, l.amount, l.total_share"
            + " FROM unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int8[], $9::int8[],"
            + " $10::text[], $11::int8[], $12::int8[])"
            + " AS l(n, product_id, name, category, quantity, unit_price, line_discount, tax_rate, amount, total_share)")
        .execute(Tuple.tuple().addValue(tenantId).addValue(transactionId).addValue(numbers).addValue(productIds)
            .addValue(names).addValue(categories).addValue(quantities).addValue(unitPrices).addValue(discounts)
            .addValue(rates).addValue(amounts).addValue(shares))
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
