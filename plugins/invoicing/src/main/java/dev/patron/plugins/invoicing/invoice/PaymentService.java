package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.kit.http.Versions;
import dev.patron.api.money.Money;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.kit.sql.Rows;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.support.MoneyText;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Settling invoices. The invoice row is locked while a payment is checked and recorded, so
 * concurrent payments cannot together pay more than is open; a payment that would is refused. The
 * payment that settles an invoice in full also publishes {@code invoicing.invoice.paid}.
 */
public final class PaymentService {

  /** Most payments on one invoice, which keeps the invoice's representation bounded. */
  public static final int MAX_PAYMENTS = 100;

  private final PluginContext context;
  private final Clock clock;
  private final InvoiceRepository invoices = new InvoiceRepository();
  private final PaymentRepository payments = new PaymentRepository();
  private final InvoiceEvents events;

  public PaymentService(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
    this.events = new InvoiceEvents(context);
  }

  /**
   * Records a payment: 201 with the payment and the invoice after it, or a replay for a repeated
   * {@code Idempotency-Key} (a different request with the same key is a 409).
   */
  public Future<ApiResponse> record(Tenant tenant, UUID invoiceId, PaymentDraft draft, String idempotencyKey,
      JsonObject body) {
    JsonObject request = new JsonObject().put("invoiceId", invoiceId.toString()).put("body", body);
    return context.idempotency().run(tenant, "payments.create", idempotencyKey, request,
        tx -> settle(tx, tenant, invoiceId, draft));
  }

  private Future<ApiResponse> settle(SqlConnection tx, Tenant tenant, UUID invoiceId, PaymentDraft draft) {
    return invoices.lockExisting(tx, tenant.id(), invoiceId).compose(invoice -> {
      checkPayable(invoice, draft.amount());
      return payments.count(tx, tenant.id(), invoiceId).compose(count -> {
        if (count >= MAX_PAYMENTS) {
          throw Problems.unprocessable("too-many-payments", "Invoice " + invoice.number() + " already has "
              + MAX_PAYMENTS + " payments; record the rest as one payment.");
        }
        Instant now = Rows.now(clock);
        Payment payment = new Payment(UUID.randomUUID(), invoiceId, draft.amount(), draft.method(),
            draft.reference(), draft.receivedAt() == null ? now : draft.receivedAt(), now);
        long paid = invoice.paid() + draft.amount();
        InvoiceStatus status = invoice.status().settledBy(paid, invoice.credited(), invoice.totals().total());
        Invoice after = invoice.settled(paid, invoice.credited(), status, now);
        return payments.insert(tx, tenant.id(), payment)
            .compose(v -> invoices.settle(tx, tenant.id(), after))
            .compose(v -> status == InvoiceStatus.PAID
                ? events.publish(tx, tenant, InvoiceEvents.PAID, after)
                : Future.<Void>succeededFuture())
            .map(v -> ApiResponse.created(InvoiceService.PATH + invoiceId + "/payments/" + payment.id(),
                    payment.toJson(invoice.currency()).put("invoice", after.toJson()))
                .withHeader("ETag", Versions.etag(Payment.VERSION)));
      });
    });
  }

  /** 422 unless the invoice takes payments and {@code amount} does not exceed what is open. */
  private static void checkPayable(Invoice invoice, long amount) {
    String currency = invoice.currency();
    if (invoice.status() == InvoiceStatus.VOID) {
      throw Problems.unprocessable("invoice-void", "Invoice " + invoice.number() + " is void; it takes no payments.");
    }
    if (invoice.status() == InvoiceStatus.CREDITED) {
      throw Problems.unprocessable("invoice-credited", "Invoice " + invoice.number()
          + " is credited in full; it takes no payments.");
    }
    if (amount > invoice.open()) {
      String detail = invoice.status() == InvoiceStatus.PAID
          ? "Invoice " + invoice.number() + " is paid in full; nothing is open."
          : "A payment of " + MoneyText.format(amount, currency) + " exceeds the open amount of "
              + MoneyText.format(invoice.open(), currency) + " on invoice " + invoice.number() + ".";
      throw Problem.of(422, "overpayment", "The request cannot be carried out", detail)
          .with("open", Money.toJson(invoice.open(), currency))
          .toException();
    }
  }

  /** One payment of an invoice. */
  public Future<Payment> get(Tenant tenant, UUID invoiceId, UUID paymentId) {
    return payments.find(context.client(), tenant.id(), invoiceId, paymentId).map(payment -> {
      if (payment == null) {
        throw Problems.notFound("No payment with id " + paymentId + " on invoice " + invoiceId + ".");
      }
      return payment;
    });
  }
}
