package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.money.Money;
import dev.patron.plugins.invoicing.InvoicingSettings;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An issued invoice as stored, without its lines and payments. */
public record Invoice(
    UUID id,
    UUID customerId,
    long seqNo,
    String number,
    InvoiceStatus status,
    String currency,
    InvoiceTotals totals,
    long paid,
    LocalDate issueDate,
    LocalDate dueDate,
    LocalDate periodFrom,
    LocalDate periodTo,
    BillTo billTo,
    long version,
    Instant issuedAt,
    Instant updatedAt,
    Instant voidedAt) {

  /** What is still to be paid; nothing on a void invoice. */
  public long open() {
    return status == InvoiceStatus.VOID ? 0 : totals.total() - paid;
  }

  /** The representation in lists: everything but lines and payments. */
  public JsonObject toJson() {
    JsonObject period = periodFrom == null && periodTo == null ? null : new JsonObject()
        .put("from", periodFrom == null ? null : periodFrom.toString())
        .put("to", periodTo == null ? null : periodTo.toString());
    return new JsonObject()
        .put("id", id.toString())
        .put("number", number)
        .put("customerId", customerId.toString())
        .put("status", status.name())
        .put("issueDate", issueDate.toString())
        .put("dueDate", dueDate.toString())
        .put("period", period)
        .put("billTo", billTo.toJson())
        .put("subtotal", money(totals.subtotal()))
        .put("taxRate", InvoicingSettings.percent(totals.taxRateBasisPoints()))
        .put("tax", money(totals.tax()))
        .put("total", money(totals.total()))
        .put("paid", money(paid))
        .put("open", money(open()))
        .put("version", version)
        .put("issuedAt", issuedAt.toString())
        .put("updatedAt", updatedAt.toString())
        .put("voidedAt", voidedAt == null ? null : voidedAt.toString());
  }

  private JsonObject money(long amount) {
    return Money.toJson(amount, currency);
  }
}
