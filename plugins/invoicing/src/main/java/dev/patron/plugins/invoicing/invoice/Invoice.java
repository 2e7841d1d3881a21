package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.seller.Seller;
import dev.patron.plugins.invoicing.tax.Totals;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * An issued invoice as stored, without its lines, payments and credit notes. What it says (lines,
 * totals, seller, buyer, dates) never changes; only what was paid and credited on it, its status
 * and its reminder level do.
 */
public record Invoice(
    UUID id,
    UUID customerId,
    long seqNo,
    String number,
    InvoiceStatus status,
    String currency,
    Totals totals,
    long paid,
    long credited,
    InvoiceDates dates,
    BillTo billTo,
    Seller seller,
    int reminderLevel,
    long version,
    Instant issuedAt,
    Instant updatedAt,
    Instant voidedAt) {

  /** What is still owed: the total less payments and credit notes; nothing unless outstanding. */
  public long open() {
    return status.isOutstanding() ? totals.total() - paid - credited : 0;
  }

  /** The invoice after a payment or credit note, as its next version. */
  public Invoice settled(long paid, long credited, InvoiceStatus status, Instant now) {
    return new Invoice(id, customerId, seqNo, number, status, currency, totals, paid, credited, dates, billTo, seller,
        reminderLevel, version + 1, issuedAt, now, voidedAt);
  }

  /** The representation in lists: everything but lines, payments and credit notes. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("id", id.toString())
        .put("number", number)
        .put("customerId", customerId.toString())
        .put("status", status.name());
    dates.putInto(json);
    json.put("seller", seller == null ? null : seller.toJson())
        .put("billTo", billTo.toJson());
    json.mergeIn(totals.toJson(currency));
    return json
        .put("paid", money(paid))
        .put("credited", money(credited))
        .put("open", money(open()))
        .put("reminderLevel", reminderLevel)
        .put("version", version)
        .put("issuedAt", issuedAt.toString())
        .put("updatedAt", updatedAt.toString())
        .put("voidedAt", voidedAt == null ? null : voidedAt.toString());
  }

  private JsonObject money(long amount) {
    return Money.toJson(amount, currency);
  }
}
