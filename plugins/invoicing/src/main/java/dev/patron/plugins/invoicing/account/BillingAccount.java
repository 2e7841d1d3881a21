package dev.patron.plugins.invoicing.account;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** A customer's billing account as stored. */
public record BillingAccount(
    UUID customerId,
    AccountSettings settings,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public JsonObject toJson(String currency) {
    return new JsonObject()
        .put("customerId", customerId.toString())
        .put("billingEnabled", settings.billingEnabled())
        .put("creditLimit", settings.creditLimit() == null ? null : Money.toJson(settings.creditLimit(), currency))
        .put("version", version)
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString());
  }
}
