package dev.patron.plugins.invoicing.credit;

import dev.patron.api.money.Money;
import dev.patron.kit.json.Items;
import dev.patron.kit.json.JsonInput;
import dev.patron.kit.json.MoneyInput;
import dev.patron.plugins.invoicing.charge.ChargeDraft;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /invoices/{id}/credit-notes}: {@code {reason, lines?}}. Without lines the
 * credit note takes back everything not credited yet; with {@code [{position, amount?}]} it takes
 * back those invoice lines, each in full (what is left of it) or {@code amount} of it, as priced.
 */
public record CreditNoteRequest(String reason, List<Part> lines) {

  static final int REASON_MAX = 200;
  static final int MAX_LINES = 1000;

  /** Invoice line {@code position}, and how much of it ({@code null}: all that is left). */
  public record Part(int position, Long amount) {
  }

  public boolean isWhole() {
    return lines == null;
  }

  public static CreditNoteRequest read(JsonObject body, String currency) {
    JsonInput in = JsonInput.of(body);
    String reason = in.requiredString("reason", REASON_MAX);
    Object sent = in.json().getValue("lines");
    Set<Integer> seen = new HashSet<>();
    List<Part> parts = Items.read(in, "lines", 0, MAX_LINES, line -> part(line, currency, seen));
    if (sent instanceof JsonArray array && array.isEmpty()) {
      in.error("lines", "must have at least one line, or be left out to credit the whole invoice");
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new CreditNoteRequest(reason, sent == null ? null : parts);
  }

  /** One line to credit, or {@code null} when it is invalid (errors recorded); {@code seen} finds repeats. */
  private static Part part(JsonInput line, String currency, Set<Integer> seen) {
    Integer position = line.intValue("position", 1, 100_000);
    if (line.json().getValue("position") == null) {
      line.error("position", "is required");
    } else if (position != null && !seen.add(position)) {
      line.error("position", "names a line already listed");
    }
    Money amount = MoneyInput.read(line, "amount", currency, 1, ChargeDraft.AMOUNT_MAX);
    return line.isValid() ? new Part(position, amount == null ? null : amount.amount()) : null;
  }
}
