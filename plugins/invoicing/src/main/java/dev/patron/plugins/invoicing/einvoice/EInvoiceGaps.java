package dev.patron.plugins.invoicing.einvoice;

import dev.patron.api.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What an e-invoice needs that the document lacks, named so the restaurant can fill it in: EN 16931
 * needs the seller (the invoicing configuration's {@code seller}) and the buyer's country;
 * XRechnung also the seller's email, phone and IBAN and the buyer's email (its electronic address).
 */
final class EInvoiceGaps {

  private EInvoiceGaps() {
  }

  static void check(EInvoiceContent content, EInvoiceFormat format) {
    List<String> missing = new ArrayList<>();
    if (content.seller() == null) {
      missing.add("the seller (legal name, address, VAT id) in the invoicing configuration, before the document"
          + " was issued");
    }
    if (content.buyer().address() == null || content.buyer().address().country() == null) {
      missing.add("the customer's address with its country");
    }
    if (format == EInvoiceFormat.XRECHNUNG && content.seller() != null) {
      if (content.seller().email() == null || content.seller().phone() == null) {
        missing.add("the seller's email and phone");
      }
      if (content.seller().iban() == null) {
        missing.add("the seller's IBAN");
      }
    }
    if (format == EInvoiceFormat.XRECHNUNG && content.buyer().email() == null) {
      missing.add("the customer's email");
    }
    if (!missing.isEmpty()) {
      throw Problem.of(422, "e-invoice-incomplete", "The request cannot be carried out", content.number()
              + " cannot be exported as " + format + ": it lacks " + String.join("; ", missing) + ".")
          .with("missing", new io.vertx.core.json.JsonArray(missing))
          .toException();
    }
  }
}
