package dev.patron.plugins.sales.receipt;

import io.vertx.core.json.JsonArray;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What makes two posts of a receipt "the same": a SHA-256 of the sale as read, in a fixed order,
 * so member order, whitespace, {@code 1.50} against {@code 1.5} or a left-out currency do not
 * matter. The customer is left out (it is compared on its own, and a detached receipt keeps no
 * trace of it), and so are the line amounts a POS may send for checking, which follow from the
 * rest.
 */
public final class SaleFingerprint {

  private SaleFingerprint() {
  }

  public static byte[] of(Sale sale) {
    JsonArray lines = new JsonArray();
    sale.lines().forEach(line -> lines.add(new JsonArray().add(line.productId()).add(line.name()).add(line.category())
        .add(plain(line.quantity())).add(line.unitPrice()).add(line.lineDiscount()).add(plain(line.taxRate()))));
    JsonArray discounts = new JsonArray();
    sale.discounts().forEach(discount -> discounts.add(new JsonArray()
        .add(discount.discountId() == null ? null : discount.discountId().toString()).add(discount.name())
        .add(discount.amount())));
    JsonArray taxes = new JsonArray();
    sale.taxes().forEach(tax -> taxes.add(new JsonArray().add(plain(tax.rate())).add(tax.amount())));
    JsonArray payments = new JsonArray();
    sale.payments().forEach(payment -> payments.add(new JsonArray().add(payment.method().name())
        .add(payment.amount()).add(payment.reference())));
    JsonArray canonical = new JsonArray()
        .add(sale.receiptId())
        .add(sale.closedAt().toString())
        .add(sale.location())
        .add(sale.register())
        .add(sale.staff())
        .add(sale.orderProfileId() == null ? null : sale.orderProfileId().toString())
        .add(lines)
        .add(discounts)
        .add(sale.serviceCharge())
        .add(sale.tip())
        .add(taxes)
        .add(sale.total())
        .add(payments);
    return sha256(canonical.encode());
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
