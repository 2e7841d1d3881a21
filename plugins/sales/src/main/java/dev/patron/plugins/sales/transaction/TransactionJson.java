package dev.patron.plugins.sales.transaction;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The JSON clients see: a full receipt, a receipt in a history list, a refund. Built the same way
 * from a receipt just recorded and from one read back, so both answers are equal.
 */
public final class TransactionJson {

  private TransactionJson() {
  }

  public static JsonObject full(Transaction t) {
    String currency = t.currency();
    JsonArray lines = new JsonArray();
    t.lines().forEach(line -> lines.add(new JsonObject()
        .put("lineNumber", line.lineNumber())
        .put("productId", line.productId())
        .put("name", line.name())
        .put("category", line.category())
        .put("quantity", plain(line.quantity()))
        .put("unitPrice", Money.toJson(line.unitPrice(), currency))
        .put("lineDiscount", Money.toJson(line.lineDiscount(), currency))
        .put("taxRate", plain(line.taxRate()))
        .put("amount", Money.toJson(line.amount(), currency))
        .put("totalShare", Money.toJson(line.totalShare(), currency))
        .put("refundedQuantity", plain(line.refundedQuantity()))
        .put("refundedAmount", Money.toJson(line.refundedAmount(), currency))));
    JsonArray discounts = new JsonArray();
    t.discounts().forEach(discount -> discounts.add(new JsonObject()
        .put("discountId", string(discount.discountId()))
        .put("name", discount.name())
        .put("amount", Money.toJson(discount.amount(), currency))));
    JsonArray taxes = new JsonArray();
    t.taxes().forEach(tax -> taxes.add(new JsonObject()
        .put("rate", plain(tax.rate()))
        .put("amount", Money.toJson(tax.amount(), currency))));
    JsonArray payments = new JsonArray();
    t.payments().forEach(payment -> payments.add(new JsonObject()
        .put("method", payment.method().name())
        .put("amount", Money.toJson(payment.amount(), currency))
        .put("reference", payment.reference())));
    JsonArray refunds = new JsonArray();
    t.refunds().forEach(refund -> refunds.add(refund(refund, currency)));
    return header(t)
        .put("pricesIncludeTax", t.pricesIncludeTax())
        .put("lines", lines)
        .put("discounts", discounts)
        .put("serviceCharge", Money.toJson(t.serviceCharge(), currency))
        .put("taxes", taxes)
        .put("total", Money.toJson(t.total(), currency))
        .put("tip", Money.toJson(t.tip(), currency))
        .put("payments", payments)
        .put("refunded", Money.toJson(t.refundedTotal(), currency))
        .put("refundedTip", Money.toJson(t.refundedTip(), currency))
        .put("refunds", refunds)
        .put("createdAt", t.createdAt().toString());
  }

  /** A receipt in a history list: without lines, payments and refunds. */
  public static JsonObject summary(Transaction t, int lineCount) {
    String currency = t.currency();
    return header(t)
        .put("lineCount", lineCount)
        .put("total", Money.toJson(t.total(), currency))
        .put("tip", Money.toJson(t.tip(), currency))
        .put("refunded", Money.toJson(t.refundedTotal(), currency))
        .put("refundedTip", Money.toJson(t.refundedTip(), currency));
  }

  public static JsonObject refund(Refund refund, String currency) {
    JsonArray lines = new JsonArray();
    refund.lines().forEach(line -> lines.add(new JsonObject()
        .put("lineNumber", line.lineNumber())
        .put("quantity", plain(line.quantity()))
        .put("amount", Money.toJson(line.amount(), currency))));
    return new JsonObject()
        .put("id", refund.id().toString())
        .put("transactionId", refund.transactionId().toString())
        .put("amount", Money.toJson(refund.amount(), currency))
        .put("tip", Money.toJson(refund.tip(), currency))
        .put("whole", refund.whole())
        .put("lines", lines)
        .put("refundedAt", refund.refundedAt().toString())
        .put("createdAt", refund.createdAt().toString());
  }

  private static JsonObject header(Transaction t) {
    return new JsonObject()
        .put("id", t.id().toString())
        .put("receiptId", t.receiptId())
        .put("customerId", string(t.customerId()))
        .put("closedAt", t.closedAt().toString())
        .put("location", t.location())
        .put("register", t.register())
        .put("staff", t.staff())
        .put("orderProfileId", string(t.orderProfileId()));
  }

  /** {@code 1.5}, never {@code 1.500} or {@code 1.5E+1}. */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String string(UUID id) {
    return id == null ? null : id.toString();
  }
}
