package dev.patron.plugins.invoicing.reminder;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;

/** A reminder sent for an overdue invoice: its level, what was open then and the new date to pay by. */
public record Reminder(ReminderLevel level, long openAmount, LocalDate payBy, LocalDate issueDate, Instant issuedAt) {

  public JsonObject toJson(String currency) {
    return new JsonObject()
        .put("level", level.name())
        .put("open", Money.toJson(openAmount, currency))
        .put("payBy", payBy.toString())
        .put("issueDate", issueDate.toString())
        .put("issuedAt", issuedAt.toString());
  }
}
