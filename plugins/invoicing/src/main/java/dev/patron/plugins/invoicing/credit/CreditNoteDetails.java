package dev.patron.plugins.invoicing.credit;

import dev.patron.plugins.invoicing.invoice.Invoice;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A credit note with its lines and the invoice it corrects (as it is now). */
public record CreditNoteDetails(CreditNote creditNote, List<CreditNoteLine> lines, Invoice invoice) {

  public JsonObject toJson() {
    String currency = creditNote.currency();
    return creditNote.toJson()
        .put("invoiceNumber", invoice.number())
        .put("invoiceIssueDate", invoice.dates().issueDate().toString())
        .put("lines", new JsonArray(lines.stream().map(line -> line.toJson(currency)).toList()));
  }
}
