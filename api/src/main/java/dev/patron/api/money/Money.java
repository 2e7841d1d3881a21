package dev.patron.api.money;

import dev.patron.api.json.JsonInput;
import io.vertx.core.json.JsonObject;
import java.util.Objects;

/**
 * An amount in integer minor units of an ISO 4217 currency: {@code {"amount": 2500, "currency":
 * "EUR"}} is 25.00 EUR.
 */
public record Money(long amount, String currency) {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public JsonObject toJson() {
    return new JsonObject().put("amount", amount).put("currency", currency);
  }

  public static JsonObject toJson(long amount, String currency) {
    return new Money(amount, currency).toJson();
  }

  /**
   * Reads {@code field} as money in {@code currency} with an amount in {@code [min, max]}; records a
   * field error and returns {@code null} when it is not. The currency may be omitted by the client.
   */
  public static Money read(JsonInput input, String field, String currency, long min, long max) {
    JsonInput money = input.object(field);
    if (money == null) {
      return null;
    }
    Long amount = money.longValue("amount", min, max);
    String given = money.string("currency", 3);
    if (!money.has("amount") || money.json().getValue("amount") == null) {
      money.error("amount", "is required");
    }
    if (given != null && !given.equals(currency)) {
      money.error("currency", "must be " + currency + ", the restaurant's currency");
    }
    money.rejectUnknownFields();
    return amount == null ? null : new Money(amount, currency);
  }
}
