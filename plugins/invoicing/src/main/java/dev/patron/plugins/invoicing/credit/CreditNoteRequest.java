package dev.patron.plugins.invoicing.credit;

import dev.patron.api.money.Money;
import dev.patron.api.problem.FieldError;
import dev.patron.kit.json.JsonInput;
import dev.patron.kit.json.MoneyInput;
import dev.patron.plugins.invoicing.charge.ChargeDraft;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
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
    JsonArray array = in.array("lines", MAX_LINES);
    List<Part> parts = array == null ? null : new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    if (array != null && array.isEmpty()) {
      in.error("lines", "must have at least one line, or be left out to credit the whole invoice");
    }
    for (int i = 0; array != null && i < array.size(); i++) {
      String path = "lines[" + i + "]";
      if (!(array.getValue(i) instanceof JsonObject object)) {
        in.error(path, "must be an object");
        continue;
      }
      JsonInput line = JsonInput.of(object, path);
      Integer position = line.intValue("position", 1, 100_000);
      if (object.getValue("position") == null) {
        line.error("position", "is required");
      } else if (position != null && !seen.add(position)) {
        line.error("position", "names a line already listed");
      }
      Money amount = MoneyInput.read(line, "amount", currency, 1, ChargeDraft.AMOUNT_MAX);
      line.rejectUnknownFields();
      for (FieldError error : line.errors()) {
        in.error(error.field(), error.message());
      }
      if (line.isValid()) {
        parts.add(new Part(position, amount == null ? null : amount.amount()));
      }
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new CreditNoteRequest(reason, parts);
  }
}
