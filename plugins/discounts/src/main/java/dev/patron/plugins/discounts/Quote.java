package dev.patron.plugins.discounts;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonObject;

/**
 * What the register charges: the discount that applies (or none), why it applies, and the amounts
 * in minor units of {@code currency}.
 */
public record Quote(Discount discount, Source source, long subtotal, long discountAmount, String currency) {

  /** Why the discount applies. */
  public enum Source {
    CODE("code"),
    CUSTOMER_DEFAULT("customerDefault");

    private final String wireName;

    Source(String wireName) {
      this.wireName = wireName;
    }
  }

  /** {@code discount} applied to {@code subtotal}. */
  public static Quote of(Discount discount, Source source, Money subtotal) {
    return new Quote(discount, source, subtotal.amount(), discount.terms().amountOff(subtotal.amount()),
        subtotal.currency());
  }

  /** No discount applies: the total is the subtotal. */
  public static Quote none(Money subtotal) {
    return new Quote(null, null, subtotal.amount(), 0, subtotal.currency());
  }

  public long total() {
    return subtotal - discountAmount;
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("discount", discount == null ? null : discount.toJson())
        .put("source", source == null ? null : source.wireName)
        .put("subtotal", Money.toJson(subtotal, currency))
        .put("discountAmount", Money.toJson(discountAmount, currency))
        .put("total", Money.toJson(total(), currency));
  }
}
