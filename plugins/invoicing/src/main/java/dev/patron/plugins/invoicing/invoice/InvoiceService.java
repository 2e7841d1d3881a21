package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.customer.Customer;
import dev.patron.api.plugin.ApiResponse;
import dev.patron.kit.page.Page;
import dev.patron.kit.http.Versions;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.kit.sql.Rows;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.charge.Charge;
import dev.patron.plugins.invoicing.charge.ChargeRepository;
import dev.patron.plugins.invoicing.credit.CreditNoteRepository;
import dev.patron.plugins.invoicing.credit.CreditNoteService;
import dev.patron.plugins.invoicing.reminder.ReminderRepository;
import dev.patron.plugins.invoicing.support.DocumentNumbers;
import dev.patron.plugins.invoicing.support.MoneyText;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Issuing, reading and voiding invoices. An invoice bills a customer's pending charges, locked
 * while it is issued so no charge is billed twice, and takes the tenant's next number last, in
 * its own transaction (see {@link DocumentNumbers}). Issuing and voiding publish their events
 * ({@link InvoiceEvents}) in the same transaction.
 */
public final class InvoiceService {

  public static final String PATH = "/api/v1/plugins/invoicing/invoices/";
  /** Most charges on one invoice; more pending charges must be invoiced by date range. */
  public static final int MAX_LINES = 500;
  /** Most lines on one invoice, counting each charge's lines. */
  public static final int MAX_INVOICE_LINES = 1000;

  private final PluginContext context;
  private final Clock clock;
  private final InvoiceRepository invoices = new InvoiceRepository();
  private final PaymentRepository payments = new PaymentRepository();
  private final ChargeRepository charges = new ChargeRepository();
  private final DocumentNumbers numbers = DocumentNumbers.INVOICES;
  private final CreditNoteRepository creditNoteRepository = new CreditNoteRepository();
  private final ReminderRepository reminders = new ReminderRepository();
  private final InvoiceEvents events;
  private final CreditNoteService creditNotes;

  /** The reason on the credit note a void issues. */
  static final String VOID_REASON = "Invoice voided";

  public InvoiceService(PluginContext context, Clock clock, CreditNoteService creditNotes) {
    this.context = context;
    this.clock = clock;
    this.events = new InvoiceEvents(context);
    this.creditNotes = creditNotes;
  }

  /** Issues an invoice: 201, or a replay for a repeated {@code Idempotency-Key}. */
  public Future<ApiResponse> create(Tenant tenant, InvoicingSettings settings, InvoiceRequest request,
      String idempotencyKey, JsonObject body) {
    return context.idempotency().run(tenant, "invoices.create", idempotencyKey, body,
        tx -> issue(tx, tenant, settings, request).map(details -> ApiResponse
            .created(PATH + details.invoice().id(), details.toJson())
            .withHeader("ETag", Versions.etag(details.invoice().version()))));
  }

  private Future<InvoiceDetails> issue(SqlConnection tx, Tenant tenant, InvoicingSettings settings,
      InvoiceRequest request) {
    UUID customerId = request.customerId();
    return context.customers().find(tx, tenant, customerId).compose(customer -> {
      if (customer == null) {
        throw Problems.notFound("No customer with id " + customerId + ".");
      }
      return charges.lockPending(tx, tenant.id(), customerId, request.fromInstant(tenant.zone()),
              request.toInstant(tenant.zone()), MAX_LINES + 1)
          .compose(pending -> {
            checkBillable(pending, customerId, request.from() != null || request.to() != null);
            return numbers.next(tx, tenant.id())
                .compose(seqNo -> store(tx, tenant, settings, request, customer, pending, seqNo));
          });
    });
  }

  private static void checkBillable(List<Charge> pending, UUID customerId, boolean inPeriod) {
    if (pending.isEmpty()) {
      throw Problems.unprocessable("no-pending-charges", "Customer " + customerId + " has no pending charges"
          + (inPeriod ? " in this period" : "") + "; there is nothing to invoice.");
    }
    int lines = pending.stream().mapToInt(charge -> charge.lines().size()).sum();
    if (pending.size() > MAX_LINES || lines > MAX_INVOICE_LINES) {
      throw Problems.unprocessable("too-many-charges", "Customer " + customerId + " has more than "
          + (pending.size() > MAX_LINES ? MAX_LINES + " pending charges" : MAX_INVOICE_LINES + " pending charge lines")
          + " in this period; invoice a shorter period (from, to).");
    }
  }

  private Future<InvoiceDetails> store(SqlConnection tx, Tenant tenant, InvoicingSettings settings,
      InvoiceRequest request, Customer customer, List<Charge> pending, long seqNo) {
    Instant now = Rows.now(clock);
    InvoiceDraft draft = InvoiceDraft.of(tenant, settings, request, customer, pending, seqNo, now);
    Invoice invoice = draft.invoice();
    List<UUID> chargeIds = pending.stream().map(Charge::id).toList();
    return invoices.insert(tx, tenant.id(), invoice, draft.lines())
        .compose(v -> charges.markInvoiced(tx, tenant.id(), chargeIds, invoice.id(), now))
        .compose(v -> events.publish(tx, tenant, InvoiceEvents.ISSUED, invoice))
        .map(new InvoiceDetails(invoice, draft.lines(), List.of(), List.of(), List.of()));
  }

  public Future<InvoiceDetails> get(Tenant tenant, UUID invoiceId) {
    return details(context.client(), tenant, invoiceId);
  }

  public Future<Page<Invoice>> list(Tenant tenant, InvoiceListQuery query) {
    return invoices.list(context.client(), tenant.id(), query);
  }

  /**
   * Voids an invoice nothing was paid or credited on: a credit note for all of it is issued, the
   * invoice becomes VOID and its charges pending again; the number stays used. Voiding a void
   * invoice changes nothing. {@code expectedVersion} (nullable) is If-Match.
   */
  public Future<InvoiceDetails> voidInvoice(Tenant tenant, InvoicingSettings settings, UUID invoiceId,
      Long expectedVersion) {
    return context.pool().withTransaction(tx -> invoices.lockExisting(tx, tenant.id(), invoiceId).compose(invoice -> {
      if (expectedVersion != null && expectedVersion != invoice.version()) {
        throw Problems.preconditionFailed("Invoice " + invoice.number() + " is at version " + invoice.version()
            + ", not " + expectedVersion + "; read it again.");
      }
      if (invoice.status() == InvoiceStatus.VOID) {
        return details(tx, tenant, invoiceId);
      }
      checkVoidable(invoice);
      Instant now = Rows.now(clock);
      return creditNotes.creditWhole(tx, tenant, settings, invoice, VOID_REASON, now)
          .compose(v -> invoices.markVoid(tx, tenant.id(), invoiceId, now))
          .compose(v -> charges.returnToPending(tx, tenant.id(), invoiceId, now))
          .compose(v -> details(tx, tenant, invoiceId))
          .compose(voided -> events.publish(tx, tenant, InvoiceEvents.VOIDED, voided.invoice()).map(voided));
    }));
  }

  private static void checkVoidable(Invoice invoice) {
    if (invoice.paid() > 0) {
      throw Problem.of(422, "invoice-has-payments", "The request cannot be carried out", "Invoice "
              + invoice.number() + " has payments of " + MoneyText.format(invoice.paid(), invoice.currency())
              + "; an invoice with payments cannot be voided.")
          .toException();
    }
    if (!invoice.status().isOutstanding() || invoice.credited() > 0) {
      throw Problems.unprocessable("invoice-credited", "Invoice " + invoice.number() + " has credit notes"
          + "; credit what is left instead (POST .../credit-notes).");
    }
  }

  /** The invoice with its lines, payments, credit notes and reminders, read with {@code sql}. */
  Future<InvoiceDetails> details(SqlClient sql, Tenant tenant, UUID invoiceId) {
    UUID tenantId = tenant.id();
    return invoices.find(sql, tenantId, invoiceId).compose(invoice -> {
      orNotFound(invoice, invoiceId);
      return invoices.lines(sql, tenantId, invoiceId)
          .compose(lines -> payments.ofInvoice(sql, tenantId, invoiceId)
              .compose(paid -> creditNoteRepository.ofInvoice(sql, tenantId, invoiceId)
                  .compose(credits -> reminders.ofInvoice(sql, tenantId, invoiceId)
                      .map(sent -> new InvoiceDetails(invoice, lines, paid, credits, sent)))));
    });
  }

  static Invoice orNotFound(Invoice invoice, UUID invoiceId) {
    if (invoice == null) {
      throw Problems.notFound("No invoice with id " + invoiceId + ".");
    }
    return invoice;
  }
}
