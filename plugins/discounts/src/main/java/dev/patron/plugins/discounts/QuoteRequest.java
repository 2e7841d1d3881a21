package dev.patron.plugins.discounts;

import dev.patron.kit.json.MoneyInput;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.money.Money;
import dev.patron.plugins.support.Codes;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code POST /quote}: the order's subtotal in the restaurant's currency and, both optional, the
 * customer and a discount code typed at the register. A walk-in guest has no customer and may
 * still bring a code; only a customer's default discount needs the customer.
 */
public record QuoteRequest(UUID customerId, Money subtotal, String code) {

  /** Reads the body; a 400 naming every invalid field otherwise. */
  public static QuoteRequest read(JsonObject json, String currency) {
    JsonInput in = JsonInput.of(json);
    UUID customerId = in.uuid("customerId");
    Money subtotal = MoneyInput.read(in, "subtotal", currency, 0, DiscountReader.AMOUNT_MAX);
    String code = in.string("code", Codes.MAX_LENGTH);
    in.rejectUnknownFields();
    if (json.getValue("subtotal") == null) {
      in.error("subtotal", "is required");
    }
    in.throwIfInvalid();
    return new QuoteRequest(customerId, subtotal, code == null ? null : code.toUpperCase(Locale.ROOT));
  }
}
