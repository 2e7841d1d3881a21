package dev.patron.api.money;

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
}
