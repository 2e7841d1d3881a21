package dev.patron.plugins.sales.transaction;

import dev.patron.plugins.sales.receipt.OrderDiscount;
import dev.patron.plugins.sales.receipt.Payment;
import dev.patron.plugins.sales.receipt.PaymentMethod;
import dev.patron.plugins.sales.receipt.TaxAmount;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The jsonb columns of a receipt: its order discounts, taxes and payments, which are only ever
 * read with the receipt, and a refund's lines; and the receipt's lines and refunds as one query
 * aggregates them. Amounts in minor units; rates and quantities as decimal strings, so they read
 * back digit for digit.
 */
final class TransactionColumns {

  private TransactionColumns() {
  }

  static JsonArray discounts(List<OrderDiscount> discounts) {
    JsonArray column = new JsonArray();
    discounts.forEach(d -> column.add(new JsonObject().put("discountId", d.discountId() == null ? null
        : d.discountId().toString()).put("name", d.name()).put("amount", d.amount())));
    return column;
  }

  static List<OrderDiscount> discounts(JsonArray column) {
    List<OrderDiscount> discounts = new ArrayList<>();
    objects(column).forEach(d -> discounts.add(new OrderDiscount(
        d.getString("discountId") == null ? null : UUID.fromString(d.getString("discountId")), d.getString("name"),
        d.getLong("amount"))));
    return discounts;
  }

  static JsonArray taxes(List<TaxAmount> taxes) {
    JsonArray column = new JsonArray();
    taxes.forEach(t -> column.add(new JsonObject().put("rate", t.rate().toPlainString()).put("amount", t.amount())));
    return column;
  }

  static List<TaxAmount> taxes(JsonArray column) {
    List<TaxAmount> taxes = new ArrayList<>();
    objects(column).forEach(t -> taxes.add(new TaxAmount(new BigDecimal(t.getString("rate")), t.getLong("amount"))));
    return taxes;
  }

  static JsonArray payments(List<Payment> payments) {
    JsonArray column = new JsonArray();
    payments.forEach(p -> column.add(new JsonObject().put("method", p.method().name()).put("amount", p.amount())
        .put("reference", p.reference())));
    return column;
  }

  static List<Payment> payments(JsonArray column) {
    List<Payment> payments = new ArrayList<>();
    objects(column).forEach(p -> payments.add(new Payment(PaymentMethod.valueOf(p.getString("method")),
        p.getLong("amount"), p.getString("reference"))));
    return payments;
  }

  static JsonArray refundedLines(List<RefundedLine> lines) {
    JsonArray column = new JsonArray();
    lines.forEach(l -> column.add(new JsonObject().put("lineNumber", l.lineNumber())
        .put("quantity", l.quantity().toPlainString()).put("amount", l.amount())));
    return column;
  }

  static List<RefundedLine> refundedLines(JsonArray column) {
    List<RefundedLine> lines = new ArrayList<>();
    objects(column).forEach(l -> lines.add(new RefundedLine(l.getInteger("lineNumber"),
        new BigDecimal(l.getString("quantity")), l.getLong("amount"))));
    return lines;
  }

  /** A receipt's lines as {@link TransactionRepository} aggregates them. */
  static List<TransactionLine> lines(JsonArray rows) {
    List<TransactionLine> lines = new ArrayList<>();
    objects(rows).forEach(l -> lines.add(new TransactionLine(l.getInteger("lineNumber"), l.getString("productId"),
        l.getString("name"), l.getString("category"), decimal(l, "quantity"), l.getLong("unitPrice"),
        l.getLong("lineDiscount"), decimal(l, "taxRate"), l.getLong("amount"), l.getLong("totalShare"),
        decimal(l, "refundedQuantity"), l.getLong("refundedAmount"))));
    return lines;
  }

  /** A receipt's refunds as {@link TransactionRepository} aggregates them. */
  static List<Refund> refunds(JsonArray rows, UUID transactionId) {
    List<Refund> refunds = new ArrayList<>();
    objects(rows).forEach(r -> refunds.add(new Refund(UUID.fromString(r.getString("id")), transactionId,
        r.getLong("amount"), r.getLong("tip"), r.getBoolean("whole"), refundedLines(r.getJsonArray("lines")),
        instant(r, "refundedAt"), instant(r, "createdAt"))));
    return refunds;
  }

  private static BigDecimal decimal(JsonObject json, String field) {
    return TransactionJson.plain(new BigDecimal(json.getString(field)));
  }

  private static Instant instant(JsonObject json, String field) {
    return OffsetDateTime.parse(json.getString(field)).toInstant();
  }

  /** The column's objects; none when it was not selected. */
  private static List<JsonObject> objects(JsonArray column) {
    List<JsonObject> objects = new ArrayList<>();
    if (column == null) {
      return objects;
    }
    column.forEach(item -> objects.add((JsonObject) item));
    return objects;
  }
}
