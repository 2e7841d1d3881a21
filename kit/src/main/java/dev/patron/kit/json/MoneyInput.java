package dev.patron.kit.json;

import dev.patron.api.money.Money;

/** Reads money members of a request body the way every Patron API does. */
public final class MoneyInput {

  private MoneyInput() {
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
