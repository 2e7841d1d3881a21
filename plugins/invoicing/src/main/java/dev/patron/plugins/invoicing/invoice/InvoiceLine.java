package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** One charge as it was billed on an invoice. */
public record InvoiceLine(UUID chargeId, String description, String orderReference, Instant occurredAt, long amount) {

  public JsonObject toJson(String currency) {
    return new JsonObject()
        .put("chargeId", chargeId.toString())
        .put("description", description)
        .put("orderReference", orderReference)
        .put("occurredAt", occurredAt.toString())
        .put("amount", Money.toJson(amount, currency));
  }
}
