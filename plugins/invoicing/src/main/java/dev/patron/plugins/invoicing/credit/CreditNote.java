package dev.patron.plugins.invoicing.credit;

import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.invoice.BillTo;
import dev.patron.plugins.invoicing.seller.Seller;
import dev.patron.plugins.invoicing.tax.Totals;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A credit note as issued: it corrects invoice {@code invoiceId}, which stays as it was, by taking
 * back some of its lines, in a numbered series of its own. The seller and buyer are the invoice's.
 */
public record CreditNote(UUID id, UUID invoiceId, UUID customerId, long seqNo, String number, String currency,
    Totals totals, String reason, LocalDate issueDate, Seller seller, BillTo billTo, Instant issuedAt) {

  /** What an invoice's representation lists of it. */
  public JsonObject toSummaryJson() {
    return new JsonObject()
        .put("id", id.toString())
        .put("number", number)
        .put("issueDate", issueDate.toString())
        .put("reason", reason)
        .put("total", Money.toJson(totals.total(), currency));
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("id", id.toString())
        .put("number", number)
        .put("invoiceId", invoiceId.toString())
        .put("customerId", customerId.toString())
        .put("issueDate", issueDate.toString())
        .put("reason", reason)
        .put("seller", seller == null ? null : seller.toJson())
        .put("billTo", billTo.toJson());
    return json.mergeIn(totals.toJson(currency)).put("issuedAt", issuedAt.toString());
  }
}
