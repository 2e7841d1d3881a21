package dev.patron.plugins.invoicing.charge;

import dev.patron.kit.json.MoneyInput;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.support.PastInstants;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * The body of {@code POST /customers/{id}/charges}: {@code {amount, description, orderReference,
 * occurredAt?}}; {@code occurredAt} defaults to now and may not lie in the future (see {@link
 * PastInstants}).
 */
public record ChargeDraft(long amount, String description, String orderReference, Instant occurredAt) {

  public static final long AMOUNT_MAX = 100_000_000_000L;
  static final int DESCRIPTION_MAX = 200;
  static final int ORDER_REFERENCE_MAX = 100;

  public static ChargeDraft read(JsonObject body, String currency, Instant now) {
    JsonInput in = JsonInput.of(body);
    Money amount = MoneyInput.read(in, "amount", currency, 1, AMOUNT_MAX);
    if (body.getValue("amount") == null) {
      in.error("amount", "is required");
    }
    String description = in.requiredString("description", DESCRIPTION_MAX);
    String orderReference = in.requiredString("orderReference", ORDER_REFERENCE_MAX);
    Instant occurredAt = PastInstants.read(in, "occurredAt", now);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new ChargeDraft(amount.amount(), description, orderReference, occurredAt);
  }
}
