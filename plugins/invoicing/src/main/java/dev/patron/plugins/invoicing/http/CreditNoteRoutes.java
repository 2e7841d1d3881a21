package dev.patron.plugins.invoicing.http;

import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.credit.CreditNote;
import dev.patron.plugins.invoicing.credit.CreditNoteRequest;
import dev.patron.plugins.invoicing.credit.CreditNoteService;
import dev.patron.plugins.invoicing.einvoice.EInvoiceContent;
import dev.patron.plugins.invoicing.einvoice.EInvoiceExporter;
import dev.patron.plugins.invoicing.einvoice.EInvoiceFormat;
import dev.patron.plugins.invoicing.pdf.CreditNotePdf;
import dev.patron.plugins.invoicing.pdf.Labels;
import dev.patron.plugins.invoicing.pdf.Negotiation;
import dev.patron.plugins.invoicing.pdf.PdfRenderer;
import dev.patron.plugins.invoicing.support.Representations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Credit notes: issue one against an invoice, read it (JSON or PDF), export it as an e-invoice. */
public final class CreditNoteRoutes {

  /** Credit notes never change once issued: every representation is version 1. */
  private static final long VERSION = 1;

  private final CreditNoteService creditNotes;
  private final PdfRenderer renderer;

  public CreditNoteRoutes(CreditNoteService creditNotes, PdfRenderer renderer) {
    this.creditNotes = creditNotes;
    this.renderer = renderer;
  }

  public void register(Router router) {
    router.post("/invoices/:invoiceId/credit-notes").handler(Handlers.of(this::create));
    router.get("/credit-notes/:creditNoteId").handler(Handlers.of(this::get));
    router.get("/credit-notes/:creditNoteId/e-invoice").handler(Handlers.of(this::eInvoice));
  }

  private Future<?> create(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    JsonObject body = Requests.jsonObject(rc);
    CreditNoteRequest request = CreditNoteRequest.read(body, tenant.currency());
    InvoicingSettings settings = InvoicingSettings.from(PluginRequest.config(rc));
    return creditNotes.create(tenant, settings, InvoiceRoutes.invoiceId(rc), request, Requests.idempotencyKey(rc),
            body)
        .compose(response -> Responses.send(rc, response));
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    boolean asPdf = Negotiation.prefersPdf(rc.request().getHeader("Accept"));
    return creditNotes.get(tenant, creditNoteId(rc)).compose(details -> {
      if (!asPdf) {
        return Representations.read(rc, VERSION, details.toJson());
      }
      CreditNote note = details.creditNote();
      Labels labels = Labels.of(tenant.language());
      return renderer.render(() -> CreditNotePdf.render(details, tenant.name(), labels))
          .compose(pdf -> DocumentResponses.send(rc, pdf, "application/pdf", note.number(), "pdf", VERSION));
    });
  }

  private Future<?> eInvoice(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    EInvoiceFormat format = InvoiceRoutes.format(rc);
    return creditNotes.get(tenant, creditNoteId(rc)).compose(details -> {
      Labels labels = Labels.of(tenant.language());
      EInvoiceContent content = EInvoiceContent.of(details, labels.text("creditTerms", details.invoice().number()));
      EInvoiceExporter.check(content, format);
      String number = details.creditNote().number();
      return renderer.render(() -> EInvoiceExporter.export(content, format,
              () -> CreditNotePdf.render(details, tenant.name(), labels), tenant.name()))
          .compose(document -> DocumentResponses.send(rc, document, format.mediaType(), number, format.extension(),
              VERSION));
    });
  }

  private static UUID creditNoteId(RoutingContext rc) {
    return Requests.pathId(rc, "creditNoteId", "credit note");
  }
}
