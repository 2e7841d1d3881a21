package dev.patron.plugins.invoicing.charge;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order put on a customer's account: pending until an invoice bills it ({@code invoiceId}) or
 * it is cancelled ({@code cancelledAt}, with {@code cancelReason}); a cancelled charge is kept as
 * the record of what happened.
 */
public record Charge(
    UUID id,
    UUID customerId,
    long amount,
    String description,
    String orderReference,
    Instant occurredAt,
    UUID invoiceId,
    Instant cancelledAt,
    String cancelReason,
    long version,
    Instant createdAt,
    Instant updatedAt,
    List<ChargeLine> lines) {

  public Charge {
    lines = List.copyOf(lines);
  }

  /** The same charge with its lines, as read from their own table. */
  public Charge withLines(List<ChargeLine> lines) {
    return new Charge(id, customerId, amount, description, orderReference, occurredAt, invoiceId, cancelledAt,
        cancelReason, version, createdAt, updatedAt, lines);
  }

  /** PENDING, INVOICED or CANCELLED. */
  public enum Status { PENDING, INVOICED, CANCELLED }

  public Status status() {
    if (cancelledAt != null) {
      return Status.CANCELLED;
    }
    return invoiceId == null ? Status.PENDING : Status.INVOICED;
  }

  public JsonObject toJson(String currency) {
    return new JsonObject()
        .put("id", id.toString())
        .put("customerId", customerId.toString())
        .put("amount", Money.toJson(amount, currency))
        .put("description", description)
        .put("orderReference", orderReference)
        .put("occurredAt", occurredAt.toString())
        .put("status", status().name())
        .put("invoiceId", invoiceId == null ? null : invoiceId.toString())
        .put("cancelledAt", cancelledAt == null ? null : cancelledAt.toString())
        .put("cancelReason", cancelReason)
        .put("version", version)
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString())
        .put("lines", new JsonArray(lines.stream().map(line -> line.toJson(currency)).toList()));
  }
}
