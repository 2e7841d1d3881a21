package dev.patron.plugins.invoicing.http;

import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.Versions;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.einvoice.EInvoiceContent;
import dev.patron.plugins.invoicing.einvoice.EInvoiceExporter;
import dev.patron.plugins.invoicing.einvoice.EInvoiceFormat;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceDetails;
import dev.patron.plugins.invoicing.invoice.InvoiceListQuery;
import dev.patron.plugins.invoicing.invoice.InvoiceRequest;
import dev.patron.plugins.invoicing.invoice.InvoiceService;
import dev.patron.plugins.invoicing.pdf.InvoicePdf;
import dev.patron.plugins.invoicing.pdf.Labels;
import dev.patron.plugins.invoicing.pdf.Negotiation;
import dev.patron.plugins.invoicing.pdf.PdfRenderer;
import dev.patron.plugins.invoicing.support.Representations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Invoices: issue, list, read (JSON or PDF), export as an e-invoice, and void. */
public final class InvoiceRoutes {

  private final InvoiceService invoices;
  private final PdfRenderer renderer;

  public InvoiceRoutes(InvoiceService invoices, PdfRenderer renderer) {
    this.invoices = invoices;
    this.renderer = renderer;
  }

  public void register(Router router) {
    router.post("/invoices").handler(Handlers.of(this::create));
    router.get("/invoices").handler(Handlers.of(this::list));
    router.get("/invoices/:invoiceId").handler(Handlers.of(this::get));
    router.get("/invoices/:invoiceId/e-invoice").handler(Handlers.of(this::eInvoice));
    router.post("/invoices/:invoiceId/void").handler(Handlers.of(this::voidInvoice));
  }

  private Future<?> create(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    JsonObject body = Requests.jsonObject(rc);
    InvoiceRequest request = InvoiceRequest.read(body);
    InvoicingSettings settings = InvoicingSettings.from(PluginRequest.config(rc));
    return invoices.create(tenant, settings, request, Requests.idempotencyKey(rc), body)
        .compose(response -> Responses.send(rc, response));
  }

  private Future<?> list(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    InvoiceListQuery query = InvoiceListQuery.from(rc);
    return invoices.list(tenant, query)
        .compose(page -> Responses.page(rc, page.items().stream().map(Invoice::toJson).toList(), page.nextCursor()));
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    boolean asPdf = Negotiation.prefersPdf(rc.request().getHeader("Accept"));
    return invoices.get(tenant, invoiceId(rc)).compose(details -> asPdf
        ? sendPdf(rc, tenant, details)
        : Representations.read(rc, details.invoice().version(), details.toJson()));
  }

  private Future<Void> sendPdf(RoutingContext rc, Tenant tenant, InvoiceDetails details) {
    Invoice invoice = details.invoice();
    Labels labels = Labels.of(tenant.language());
    return renderer.render(() -> InvoicePdf.render(details, tenant.name(), tenant.zone(), labels))
        .compose(pdf -> DocumentResponses.send(rc, pdf, "application/pdf", invoice.number(), "pdf",
            invoice.version()));
  }

  private Future<?> eInvoice(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    EInvoiceFormat format = format(rc);
    return invoices.get(tenant, invoiceId(rc)).compose(details -> {
      EInvoiceContent content = EInvoiceContent.of(details);
      EInvoiceExporter.check(content, format);
      Labels labels = Labels.of(tenant.language());
      Invoice invoice = details.invoice();
      return renderer.render(() -> EInvoiceExporter.export(content, format,
              () -> InvoicePdf.render(details, tenant.name(), tenant.zone(), labels), tenant.name()))
          .compose(document -> DocumentResponses.send(rc, document, format.mediaType(), invoice.number(),
              format.extension(), invoice.version()));
    });
  }

  /** The {@code format} query parameter: zugferd (the default) or xrechnung. */
  static EInvoiceFormat format(RoutingContext rc) {
    String name = rc.queryParams().get("format");
    EInvoiceFormat format = name == null ? EInvoiceFormat.ZUGFERD : EInvoiceFormat.of(name);
    if (format == null) {
      throw Problems.invalidField("format", "must be zugferd (or factur-x) or xrechnung");
    }
    return format;
  }

  private Future<?> voidInvoice(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    InvoicingSettings settings = InvoicingSettings.from(PluginRequest.config(rc));
    return invoices.voidInvoice(tenant, settings, invoiceId(rc), Versions.ifMatch(rc))
        .compose(details -> Representations.written(rc, details.invoice().version(), details.toJson()));
  }

  static UUID invoiceId(RoutingContext rc) {
    return Requests.pathId(rc, "invoiceId", "invoice");
  }
}
