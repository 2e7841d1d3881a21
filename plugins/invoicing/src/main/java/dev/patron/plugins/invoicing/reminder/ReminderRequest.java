package dev.patron.plugins.invoicing.reminder;

import dev.patron.kit.json.JsonInput;
import io.vertx.core.json.JsonObject;

/** The body of {@code POST /invoices/{id}/reminders}: {@code {level?}}, FIRST, SECOND or FINAL; by default the next one. */
public record ReminderRequest(ReminderLevel level) {

  public static ReminderRequest read(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    ReminderLevel level = in.enumValue("level", ReminderLevel.class);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new ReminderRequest(level);
  }
}
