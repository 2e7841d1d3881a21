package dev.patron.plugins.invoicing.account;

import dev.patron.kit.json.MoneyInput;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.money.Money;
import io.vertx.core.json.JsonObject;

/**
 * What a client sets on a billing account: whether the customer may order on account, and an
 * optional credit limit in minor units ({@code null}: no limit). It is both the body of {@code PUT
 * .../account} and the customer's {@code extensions.invoicing} namespace, so one reader validates
 * both ways in.
 */
public record AccountSettings(boolean billingEnabled, Long creditLimit) {

  /** Largest credit limit: ten billion in major units, far beyond any restaurant tab. */
  public static final long CREDIT_LIMIT_MAX = 1_000_000_000_000L;

  /**
   * Reads {@code {billingEnabled, creditLimit}}, recording every invalid field in {@code in};
   * {@code null} when something is invalid.
   */
  public static AccountSettings read(JsonInput in, String currency) {
    boolean given = in.json().getValue("billingEnabled") != null;
    Boolean enabled = in.bool("billingEnabled");
    if (!given) {
      in.error("billingEnabled", "is required");
    }
    Money limit = MoneyInput.read(in, "creditLimit", currency, 0, CREDIT_LIMIT_MAX);
    in.rejectUnknownFields();
    if (!in.isValid()) {
      return null;
    }
    return new AccountSettings(enabled, limit == null ? null : limit.amount());
  }

  /** The customer's {@code extensions.invoicing} for these settings. */
  public JsonObject toExtension(String currency) {
    JsonObject json = new JsonObject().put("billingEnabled", billingEnabled);
    if (creditLimit != null) {
      json.put("creditLimit", Money.toJson(creditLimit, currency));
    }
    return json;
  }
}
