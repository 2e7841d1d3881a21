package dev.patron.plugins.invoicing;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.plugins.invoicing.account.AccountService;
import dev.patron.plugins.invoicing.charge.ChargeService;
import dev.patron.plugins.invoicing.credit.CreditNoteService;
import dev.patron.plugins.invoicing.http.AccountRoutes;
import dev.patron.plugins.invoicing.http.ChargeRoutes;
import dev.patron.plugins.invoicing.http.CreditNoteRoutes;
import dev.patron.plugins.invoicing.http.InvoiceRoutes;
import dev.patron.plugins.invoicing.http.PaymentRoutes;
import dev.patron.plugins.invoicing.http.ReminderRoutes;
import dev.patron.plugins.invoicing.invoice.InvoiceService;
import dev.patron.plugins.invoicing.invoice.PaymentService;
import dev.patron.plugins.invoicing.pdf.PdfRenderer;
import dev.patron.plugins.invoicing.reminder.ReminderService;
import io.vertx.ext.web.Router;
import java.time.Clock;
import org.pf4j.Extension;

/** Wires the plugin's routes under {@code /api/v1/plugins/invoicing/}, once per event loop. */
@Extension
public class InvoicingRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    Clock clock = InvoicingHostSettings.from(context.settings()).clock();
    AccountService accounts = new AccountService(context);
    PdfRenderer renderer = new PdfRenderer(context.vertx());
    CreditNoteService creditNotes = new CreditNoteService(context, clock);
    InvoiceService invoices = new InvoiceService(context, clock, creditNotes);
    new AccountRoutes(accounts).register(router);
    new ChargeRoutes(new ChargeService(context, accounts, clock), clock).register(router);
    new InvoiceRoutes(invoices, renderer).register(router);
    new CreditNoteRoutes(creditNotes, renderer).register(router);
    new ReminderRoutes(new ReminderService(context, clock), invoices, renderer).register(router);
    new PaymentRoutes(new PaymentService(context, clock), clock).register(router);
  }
}
