package dev.patron.plugins.invoicing.http;

import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.Versions;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceDetails;
import dev.patron.plugins.invoicing.invoice.InvoiceListQuery;
import dev.patron.plugins.invoicing.invoice.InvoiceRequest;
import dev.patron.plugins.invoicing.invoice.InvoiceService;
import dev.patron.plugins.invoicing.pdf.Negotiation;
import dev.patron.plugins.invoicing.pdf.PdfRenderer;
import dev.patron.kit.http.Handlers;
import dev.patron.plugins.invoicing.support.Representations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Invoices: issue, list, read (JSON or PDF) and void. */
public final class InvoiceRoutes {

  private final InvoiceService invoices;
  private final PdfRenderer pdf;

  public InvoiceRoutes(InvoiceService invoices, PdfRenderer pdf) {
    this.invoices = invoices;
    this.pdf = pdf;
  }

  public void register(Router router) {
    router.post("/invoices").handler(Handlers.of(this::create));
    router.get("/invoices").handler(Handlers.of(this::list));
    router.get("/invoices/:invoiceId").handler(Handlers.of(this::get));
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
    return pdf.render(details, tenant.name(), tenant.zone()).compose(document -> rc.response()
        .putHeader("Content-Type", "application/pdf")
        .putHeader("Content-Disposition", "inline; filename=\"" + fileName(invoice.number()) + ".pdf\"")
        .putHeader("ETag", Versions.etag(invoice.version()))
        .end(document));
  }

  /** The invoice number with anything but letters, digits, '.', '_' and '-' replaced, for a file name. */
  static String fileName(String number) {
    return number.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private Future<?> voidInvoice(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return invoices.voidInvoice(tenant, invoiceId(rc), Versions.ifMatch(rc))
        .compose(details -> Representations.written(rc, details.invoice().version(), details.toJson()));
  }

  static UUID invoiceId(RoutingContext rc) {
    return Requests.pathId(rc, "invoiceId", "invoice");
  }
}
