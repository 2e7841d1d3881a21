package dev.patron.plugins.invoicing.invoice;

import dev.patron.kit.json.MoneyInput;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.support.PastInstants;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * The body of {@code POST /invoices/{id}/payments}: {@code {amount, method, reference?,
 * receivedAt?}}; {@code receivedAt} defaults to now and may not lie in the future (see {@link
 * PastInstants}).
 */
public record PaymentDraft(long amount, PaymentMethod method, String reference, Instant receivedAt) {

  public static final long AMOUNT_MAX = 100_000_000_000L;
  static final int REFERENCE_MAX = 100;

  public static PaymentDraft read(JsonObject body, String currency, Instant now) {
    JsonInput in = JsonInput.of(body);
    Money amount = MoneyInput.read(in, "amount", currency, 1, AMOUNT_MAX);
    if (body.getValue("amount") == null) {
      in.error("amount", "is required");
    }
    PaymentMethod method = in.enumValue("method", PaymentMethod.class);
    if (body.getValue("method") == null) {
      in.error("method", "is required");
    }
    String reference = in.string("reference", REFERENCE_MAX);
    Instant receivedAt = PastInstants.read(in, "receivedAt", now);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new PaymentDraft(amount.amount(), method, reference, receivedAt);
  }
}
