package dev.patron.plugins.discounts;

import dev.patron.api.json.JsonInput;
import dev.patron.api.money.Money;
import dev.patron.plugins.support.Codes;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code POST /quote}: the customer, the order's subtotal in the restaurant's currency and,
 * optionally, a discount code typed at the register.
 */
public record QuoteRequest(UUID customerId, Money subtotal, String code) {

  /** Reads the body; a 400 naming every invalid field otherwise. */
  public static QuoteRequest read(JsonObject json, String currency) {
    JsonInput in = JsonInput.of(json);
    UUID customerId = in.uuid("customerId");
    Money subtotal = Money.read(in, "subtotal", currency, 0, DiscountReader.AMOUNT_MAX);
    String code = in.string("code", Codes.MAX_LENGTH);
    in.rejectUnknownFields();
    for (String field : new String[] {"customerId", "subtotal"}) {
      if (json.getValue(field) == null) {
        in.error(field, "is required");
      }
    }
    in.throwIfInvalid();
    return new QuoteRequest(customerId, subtotal, code == null ? null : code.toUpperCase(Locale.ROOT));
  }
}
