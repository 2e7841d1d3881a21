package dev.patron.plugins.invoicing.invoice;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice's dates: issued, due, the period asked for (either end may be open), the date of
 * supply (the first and last day of the charges billed, equal for a single day) and the moment it
 * turns overdue (the start of the day after the due date, in the restaurant's time zone).
 */
public record InvoiceDates(LocalDate issueDate, LocalDate dueDate, LocalDate periodFrom, LocalDate periodTo,
    LocalDate supplyFrom, LocalDate supplyTo, Instant overdueFrom) {

  void putInto(JsonObject json) {
    json.put("issueDate", issueDate.toString())
        .put("dueDate", dueDate.toString())
        .put("period", periodFrom == null && periodTo == null ? null : new JsonObject()
            .put("from", periodFrom == null ? null : periodFrom.toString())
            .put("to", periodTo == null ? null : periodTo.toString()))
        .put("supplyPeriod", supplyFrom == null ? null : new JsonObject()
            .put("from", supplyFrom.toString())
            .put("to", supplyTo.toString()));
  }
}
