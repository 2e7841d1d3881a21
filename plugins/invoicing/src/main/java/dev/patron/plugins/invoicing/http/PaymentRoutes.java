package dev.patron.plugins.invoicing.http;

import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.invoice.Payment;
import dev.patron.plugins.invoicing.invoice.PaymentDraft;
import dev.patron.plugins.invoicing.invoice.PaymentService;
import dev.patron.kit.http.Handlers;
import dev.patron.plugins.invoicing.support.Representations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;

/** Payments against an invoice: record one (with {@code Idempotency-Key}), read one. */
public final class PaymentRoutes {

  private final PaymentService payments;
  private final Clock clock;

  public PaymentRoutes(PaymentService payments, Clock clock) {
    this.payments = payments;
    this.clock = clock;
  }

  public void register(Router router) {
    router.post("/invoices/:invoiceId/payments").handler(Handlers.of(this::create));
    router.get("/invoices/:invoiceId/payments/:paymentId").handler(Handlers.of(this::get));
  }

  private Future<?> create(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID invoiceId = InvoiceRoutes.invoiceId(rc);
    JsonObject body = Requests.jsonObject(rc);
    PaymentDraft draft = PaymentDraft.read(body, tenant.currency(), clock.instant());
    return payments.record(tenant, invoiceId, draft, Requests.idempotencyKey(rc), body)
        .compose(response -> Responses.send(rc, response));
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID invoiceId = InvoiceRoutes.invoiceId(rc);
    UUID paymentId = Requests.pathId(rc, "paymentId", "payment");
    return payments.get(tenant, invoiceId, paymentId).compose(payment ->
        Representations.read(rc, Payment.VERSION, payment.toJson(tenant.currency())));
  }
}
