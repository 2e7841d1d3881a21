package dev.patron.plugins.invoicing.invoice;

import dev.patron.plugins.invoicing.credit.CreditNote;
import dev.patron.plugins.invoicing.reminder.Reminder;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * An invoice with its lines, payments, credit notes and reminders: what {@code GET /invoices/{id}}
 * shows and the PDF prints.
 */
public record InvoiceDetails(Invoice invoice, List<InvoiceLine> lines, List<Payment> payments,
    List<CreditNote> creditNotes, List<Reminder> reminders) {

  public JsonObject toJson() {
    String currency = invoice.currency();
    return invoice.toJson()
        .put("lines", new JsonArray(lines.stream().map(line -> line.toJson(currency)).toList()))
        .put("payments", new JsonArray(payments.stream().map(payment -> payment.toJson(currency)).toList()))
        .put("creditNotes", new JsonArray(creditNotes.stream().map(CreditNote::toSummaryJson).toList()))
        .put("reminders", new JsonArray(reminders.stream().map(reminder -> reminder.toJson(currency)).toList()));
  }
}
