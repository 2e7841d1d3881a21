package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** Money received against an invoice. Payments are never changed, so their version stays 1. */
public record Payment(
    UUID id,
    UUID invoiceId,
    long amount,
    PaymentMethod method,
    String reference,
    Instant receivedAt,
    Instant createdAt) {

  public static final long VERSION = 1;

  public JsonObject toJson(String currency) {
    return new JsonObject()
        .put("id", id.toString())
        .put("invoiceId", invoiceId.toString())
        .put("amount", Money.toJson(amount, currency))
        .put("method", method.name())
        .put("reference", reference)
        .put("receivedAt", receivedAt.toString())
        .put("version", VERSION)
        .put("createdAt", createdAt.toString());
  }
}
