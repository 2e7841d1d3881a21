package dev.patron.plugins.invoicing.charge;

import dev.patron.api.money.Money;
import dev.patron.api.problem.FieldError;
import dev.patron.kit.json.JsonInput;
import dev.patron.kit.json.MoneyInput;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.support.PastInstants;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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
    JsonArray lineArray = in.array("lines", MAX_LINES);
    List<ChargeLine> lines = lineArray == null ? null : lines(in, lineArray, currency, defaultRateBp);
    if (lineArray == null && body.getValue("amount") == null && !in.has("lines")) {
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

  private static List<ChargeLine> lines(JsonInput in, JsonArray array, String currency, int defaultRateBp) {
    if (array.isEmpty()) {
      in.error("lines", "must have at least one line");
      return null;
    }
    List<ChargeLine> lines = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "lines[" + i + "]";
      if (!(array.getValue(i) instanceof JsonObject object)) {
        in.error(path, "must be an object");
        continue;
      }
      JsonInput line = JsonInput.of(object, in.pathOf(path));
      String description = line.requiredString("description", DESCRIPTION_MAX);
      Integer quantity = line.intValue("quantity", 1, QUANTITY_MAX);
      Money unitPrice = MoneyInput.read(line, "unitPrice", currency, 1, AMOUNT_MAX);
      if (object.getValue("unitPrice") == null) {
        line.error("unitPrice", "is required");
      }
      BigDecimal rate = line.decimal("taxRate", BigDecimal.ZERO, BigDecimal.valueOf(100), 2);
      line.rejectUnknownFields();
      for (FieldError error : line.errors()) {
        in.error(error.field(), error.message());
      }
      if (line.isValid()) {
        int count = quantity == null ? 1 : quantity;
        long lineAmount = Math.multiplyExact(count, unitPrice.amount());
        lines.add(new ChargeLine(description, count, unitPrice.amount(), lineAmount,
            rate == null ? defaultRateBp : InvoicingSettings.basisPoints(rate)));
      }
    }
    return lines;
  }
}
