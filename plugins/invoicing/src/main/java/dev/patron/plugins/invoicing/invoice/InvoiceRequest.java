package dev.patron.plugins.invoicing.invoice;

import dev.patron.kit.json.JsonInput;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The body of {@code POST /invoices}: {@code {customerId, from?, to?}}. Without dates the invoice
 * bills every pending charge; with them, the charges that occurred from {@code from} to {@code to}
 * (both calendar days included, in the restaurant's time zone).
 */
public record InvoiceRequest(UUID customerId, LocalDate from, LocalDate to) {

  public static InvoiceRequest read(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    UUID customerId = in.uuid("customerId");
    if (body.getValue("customerId") == null) {
      in.error("customerId", "is required");
    }
    LocalDate from = in.date("from");
    LocalDate to = in.date("to");
    if (from != null && to != null && from.isAfter(to)) {
      in.error("to", "must not be before from");
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new InvoiceRequest(customerId, from, to);
  }

  /** Start of the period (inclusive), or {@code null} for no lower bound. */
  public Instant fromInstant(ZoneId zone) {
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** End of the period (exclusive: the start of the day after {@code to}), or {@code null}. */
  public Instant toInstant(ZoneId zone) {
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
