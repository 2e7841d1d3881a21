package dev.patron.plugins.invoicing.charge;

import dev.patron.api.money.Money;
import dev.patron.kit.json.Items;
import dev.patron.kit.json.JsonInput;
import dev.patron.kit.json.MoneyInput;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.support.PastInstants;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /customers/{id}/charges}: {@code {description, orderReference,
 * occurredAt?, amount?, lines?}}. With {@code lines} ({@code [{description, quantity?, unitPrice,
 * taxRate?}]}, as the till rang the order up) the amount is their sum, and an amount sent too must
 * equal it; without, the charge is one line of {@code amount}. A line without {@code taxRate} takes
 * the restaurant's default rate. {@code occurredAt} defaults to now and may not lie in the future
 * (see {@link PastInstants}).
 */
public record ChargeDraft(long amount, String description, String orderReference, Instant occurredAt,
    List<ChargeLine> lines) {

  public static final long AMOUNT_MAX = 100_000_000_000L;
  static final int DESCRIPTION_MAX = 200;
  static final int ORDER_REFERENCE_MAX = 100;
  public static final int MAX_LINES = 50;
  static final int QUANTITY_MAX = 10_000;

  public static ChargeDraft read(JsonObject body, String currency, Instant now, int defaultRateBp) {
    JsonInput in = JsonInput.of(body);
    Money amount = MoneyInput.read(in, "amount", currency, 1, AMOUNT_MAX);
    String description = in.requiredString("description", DESCRIPTION_MAX);
    String orderReference = in.requiredString("orderReference", ORDER_REFERENCE_MAX);
    Instant occurredAt = PastInstants.read(in, "occurredAt", now);
    List<ChargeLine> lines = lines(in, currency, defaultRateBp);
    if (body.getValue("amount") == null && body.getValue("lines") == null) {
      in.error("amount", "is required (or lines)");
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    if (lines == null) {
      lines = List.of(new ChargeLine(description, 1, amount.amount(), amount.amount(), defaultRateBp));
    }
    long sum = lines.stream().mapToLong(ChargeLine::amount).reduce(0, Math::addExact);
    if (sum > AMOUNT_MAX) {
      in.error("lines", "must not add up to more than " + AMOUNT_MAX + " minor units");
    } else if (amount != null && amount.amount() != sum) {
      in.error("amount", "must equal the sum of the lines (" + sum + ") or be left out");
    }
    in.throwIfInvalid();
    return new ChargeDraft(sum, description, orderReference, occurredAt, lines);
  }

  /** The lines sent, or {@code null} without them; what is wrong with them is recorded in {@code in}. */
  private static List<ChargeLine> lines(JsonInput in, String currency, int defaultRateBp) {
    Object sent = in.json().getValue("lines");
    List<ChargeLine> lines = Items.read(in, "lines", 0, MAX_LINES, line -> line(line, currency, defaultRateBp));
    if (sent instanceof JsonArray array && array.isEmpty()) {
      in.error("lines", "must have at least one line");
    }
    return sent == null ? null : lines;
  }

  /** One line, or {@code null} when it is invalid (its errors are recorded). */
  private static ChargeLine line(JsonInput line, String currency, int defaultRateBp) {
    String description = line.requiredString("description", DESCRIPTION_MAX);
    Integer quantity = line.intValue("quantity", 1, QUANTITY_MAX);
    Money unitPrice = MoneyInput.read(line, "unitPrice", currency, 1, AMOUNT_MAX);
    if (line.json().getValue("unitPrice") == null) {
      line.error("unitPrice", "is required");
    }
    BigDecimal rate = line.decimal("taxRate", BigDecimal.ZERO, BigDecimal.valueOf(100), 2);
    if (!line.isValid()) {
      return null;
    }
    int count = quantity == null ? 1 : quantity;
    return new ChargeLine(description, count, unitPrice.amount(), Math.multiplyExact(count, unitPrice.amount()),
        rate == null ? defaultRateBp : InvoicingSettings.basisPoints(rate));
  }
}
