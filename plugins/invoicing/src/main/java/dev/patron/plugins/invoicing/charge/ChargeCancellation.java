package dev.patron.plugins.invoicing.charge;

import dev.patron.kit.json.JsonInput;
import io.vertx.core.json.JsonObject;

/**
 * The body of {@code POST /charges/{id}/cancel}: {@code {reason}}. The reason is required: a
 * cancelled charge is an accounting record, and the record must say why the order was not billed.
 */
public record ChargeCancellation(String reason) {

  static final int REASON_MAX = 500;

  public static ChargeCancellation read(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    String reason = in.requiredString("reason", REASON_MAX);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new ChargeCancellation(reason);
  }
}
