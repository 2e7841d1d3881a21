package dev.patron.plugins.invoicing.http;

import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.invoice.InvoiceService;
import dev.patron.plugins.invoicing.pdf.Labels;
import dev.patron.plugins.invoicing.pdf.Negotiation;
import dev.patron.plugins.invoicing.pdf.PdfRenderer;
import dev.patron.plugins.invoicing.pdf.ReminderPdf;
import dev.patron.plugins.invoicing.reminder.Reminder;
import dev.patron.plugins.invoicing.reminder.ReminderLevel;
import dev.patron.plugins.invoicing.reminder.ReminderRequest;
import dev.patron.plugins.invoicing.reminder.ReminderService;
import dev.patron.plugins.invoicing.support.Representations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** Reminders of an overdue invoice: send the next (or a chosen) level, read one as JSON or a printable letter. */
public final class ReminderRoutes {

  private final ReminderService reminders;
  private final InvoiceService invoices;
  private final PdfRenderer renderer;

  public ReminderRoutes(ReminderService reminders, InvoiceService invoices, PdfRenderer renderer) {
    this.reminders = reminders;
    this.invoices = invoices;
    this.renderer = renderer;
  }

  public void register(Router router) {
    router.post("/invoices/:invoiceId/reminders").handler(Handlers.of(this::create));
    router.get("/invoices/:invoiceId/reminders/:level").handler(Handlers.of(this::get));
  }

  private Future<?> create(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    JsonObject body = Requests.jsonObject(rc);
    ReminderRequest request = ReminderRequest.read(body);
    InvoicingSettings settings = InvoicingSettings.from(PluginRequest.config(rc));
    return reminders.create(tenant, settings, InvoiceRoutes.invoiceId(rc), request, Requests.idempotencyKey(rc), body)
        .compose(response -> Responses.send(rc, response));
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    ReminderLevel level = level(rc.pathParam("level"));
    boolean asPdf = Negotiation.prefersPdf(rc.request().getHeader("Accept"));
    return invoices.get(tenant, InvoiceRoutes.invoiceId(rc)).compose(details -> {
      Reminder reminder = details.reminders().stream().filter(r -> r.level() == level).findFirst()
          .orElseThrow(() -> Problems.notFound("Invoice " + details.invoice().number() + " has no " + level
              + " reminder."));
      if (!asPdf) {
        return Representations.read(rc, 1, reminder.toJson(details.invoice().currency()));
      }
      Labels labels = Labels.of(tenant.language());
      return renderer.render(() -> ReminderPdf.render(details, reminder, tenant.name(), labels))
          .compose(pdf -> DocumentResponses.send(rc, pdf, "application/pdf",
              details.invoice().number() + "-" + level.name().toLowerCase(Locale.ROOT), "pdf", 1));
    });
  }

  private static ReminderLevel level(String name) {
    try {
      return ReminderLevel.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problems.notFound("There is no reminder level '" + name + "'; the levels are FIRST, SECOND and FINAL.");
    }
  }
}
