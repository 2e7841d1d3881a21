package dev.patron.plugins.invoicing.invoice;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** An invoice with its lines and payments: what {@code GET /invoices/{id}} shows and the PDF prints. */
public record InvoiceDetails(Invoice invoice, List<InvoiceLine> lines, List<Payment> payments) {

  public JsonObject toJson() {
    String currency = invoice.currency();
    JsonArray lineJson = new JsonArray();
    lines.forEach(line -> lineJson.add(line.toJson(currency)));
    JsonArray paymentJson = new JsonArray();
    payments.forEach(payment -> paymentJson.add(payment.toJson(currency)));
    return invoice.toJson().put("lines", lineJson).put("payments", paymentJson);
  }
}
