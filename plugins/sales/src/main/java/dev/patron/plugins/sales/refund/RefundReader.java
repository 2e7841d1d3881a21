package dev.patron.plugins.sales.refund;

import dev.patron.kit.json.JsonInput;
import dev.patron.kit.json.Items;
import dev.patron.plugins.sales.receipt.SaleLimits;
import dev.patron.plugins.sales.receipt.SaleReader;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the body of {@code POST /transactions/{id}/refunds}: {@code {}} for a whole refund, or {@code {"lines": [...]}}. */
public final class RefundReader {

  private RefundReader() {
  }

  public static RefundRequest read(JsonObject body, Instant now) {
    JsonInput in = JsonInput.of(body);
    boolean byLines = body.getValue("lines") != null;
    List<RefundRequest.LineRequest> lines = Items.read(in, "lines", byLines ? 1 : 0, SaleLimits.MAX_LINES, item ->
        new RefundRequest.LineRequest(lineNumber(item), item.decimal("quantity", SaleLimits.MIN_QUANTITY,
            SaleLimits.MAX_QUANTITY, SaleLimits.QUANTITY_SCALE)));
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = lines.get(i).lineNumber();
      if (number > 0 && !seen.add(number)) {
        in.error("lines[" + i + "].lineNumber", "is listed twice");
      }
    }
    Instant refundedAt = SaleReader.micros(in.pastInstant("refundedAt", now, SaleReader.CLOCK_SKEW));
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new RefundRequest(byLines ? lines : null, refundedAt);
  }

  private static int lineNumber(JsonInput item) {
    Integer number = item.intValue("lineNumber", 1, SaleLimits.MAX_LINES);
    if (item.json().getValue("lineNumber") == null) {
      item.error("lineNumber", "is required");
    }
    return number == null ? 0 : number;
  }
}
