package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.money.Money;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginEvents;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;

/**
 * Publishes an invoice's life — {@value #ISSUED}, {@value #PAID} (settled in full), {@value #VOIDED},
 * {@value #CREDITED}, {@value #OVERDUE}, {@value #REMINDED} — as events about the invoice, in the
 * transaction that changes it. The payload names the customer by id only: the billing details
 * (name, address, tax id) stay out, so no personal data outlives an archived customer in the outbox.
 */
public final class InvoiceEvents {

  public static final String ISSUED = "invoicing.invoice.issued";
  public static final String PAID = "invoicing.invoice.paid";
  public static final String VOIDED = "invoicing.invoice.voided";
  /** A credit note was issued against the invoice; {@code data.creditNote} names it. */
  public static final String CREDITED = "invoicing.invoice.credited";
  /** The due date passed with something still open. */
  public static final String OVERDUE = "invoicing.invoice.overdue";
  /** A reminder was issued; {@code data.reminder} gives its level. */
  public static final String REMINDED = "invoicing.invoice.reminded";

  private final PluginContext context;

  public InvoiceEvents(PluginContext context) {
    this.context = context;
  }

  public Future<Void> publish(SqlClient tx, Tenant tenant, String type, Invoice invoice) {
    return publish(tx, tenant, type, invoice, new JsonObject());
  }

  /** An event with {@code extra} beside the invoice's fields. */
  public Future<Void> publish(SqlClient tx, Tenant tenant, String type, Invoice invoice, JsonObject extra) {
    return context.events().append(tx, tenant, type, invoice.id(), data(invoice).mergeIn(extra)).mapEmpty();
  }

  /** One event of {@code type} about each of a tenant's {@code invoices}, appended in one statement. */
  public Future<Void> publishAll(SqlClient tx, Tenant tenant, String type, List<Invoice> invoices) {
    List<PluginEvents.NewEvent> appended = invoices.stream()
        .map(invoice -> new PluginEvents.NewEvent(type, invoice.id(), data(invoice)))
        .toList();
    return context.events().appendAll(tx, tenant, appended).mapEmpty();
  }

  private static JsonObject data(Invoice invoice) {
    String currency = invoice.currency();
    return new JsonObject()
        .put("invoiceId", invoice.id().toString())
        .put("number", invoice.number())
        .put("customerId", invoice.customerId().toString())
        .put("status", invoice.status().name())
        .put("issueDate", invoice.dates().issueDate().toString())
        .put("dueDate", invoice.dates().dueDate().toString())
        .put("subtotal", Money.toJson(invoice.totals().subtotal(), currency))
        .put("tax", Money.toJson(invoice.totals().tax(), currency))
        .put("total", Money.toJson(invoice.totals().total(), currency))
        .put("paid", Money.toJson(invoice.paid(), currency))
        .put("credited", Money.toJson(invoice.credited(), currency))
        .put("open", Money.toJson(invoice.open(), currency))
        .put("version", invoice.version());
  }
}
