package dev.patron.plugins.invoicing.credit;

import dev.patron.api.money.Money;
import dev.patron.api.plugin.ApiResponse;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Versions;
import dev.patron.kit.sql.Rows;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceEvents;
import dev.patron.plugins.invoicing.invoice.InvoiceLine;
import dev.patron.plugins.invoicing.invoice.InvoiceRepository;
import dev.patron.plugins.invoicing.support.DocumentNumbers;
import dev.patron.plugins.invoicing.support.MoneyText;
import dev.patron.plugins.invoicing.tax.TaxCalculation;
import dev.patron.plugins.invoicing.tax.TaxCalculator;
import dev.patron.plugins.invoicing.tax.TaxedLine;
import dev.patron.plugins.invoicing.tax.Totals;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Credit notes: the one way to correct an issued invoice, which itself never changes. A credit note
 * takes back lines of an invoice, whole or in part, with VAT computed as on the invoice, never more
 * than is open on it, and is numbered in the tenant's credit-note series (gap-free, like invoices).
 * The invoice is locked while it is credited, so two credit notes never take back the same amount.
 */
public final class CreditNoteService {

  public static final String PATH = "/api/v1/plugins/invoicing/credit-notes/";

  private final PluginContext context;
  private final Clock clock;
  private final InvoiceRepository invoices = new InvoiceRepository();
  private final CreditNoteRepository creditNotes = new CreditNoteRepository();
  private final DocumentNumbers numbers = DocumentNumbers.CREDIT_NOTES;
  private final InvoiceEvents events;

  public CreditNoteService(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
    this.events = new InvoiceEvents(context);
  }

  /** Issues a credit note: 201 with it and the invoice after, or a replay for a repeated {@code Idempotency-Key}. */
  public Future<ApiResponse> create(Tenant tenant, InvoicingSettings settings, UUID invoiceId,
      CreditNoteRequest request, String idempotencyKey, JsonObject body) {
    JsonObject key = new JsonObject().put("invoiceId", invoiceId.toString()).put("body", body);
    return context.idempotency().run(tenant, "credit-notes.create", idempotencyKey, key,
        tx -> invoices.lockExisting(tx, tenant.id(), invoiceId)
            .compose(invoice -> issue(tx, tenant, settings, invoice, request, Rows.now(clock)))
            .map(details -> ApiResponse.created(PATH + details.creditNote().id(),
                details.toJson().put("invoice", details.invoice().toJson()))
            .withHeader("ETag", Versions.etag(1))));
  }

  /** A credit note for all that is left of a locked invoice (a void issues one). */
  public Future<CreditNoteDetails> creditWhole(SqlConnection tx, Tenant tenant, InvoicingSettings settings,
      Invoice invoice, String reason, Instant now) {
    return issue(tx, tenant, settings, invoice, new CreditNoteRequest(reason, null), now);
  }

  private Future<CreditNoteDetails> issue(SqlConnection tx, Tenant tenant, InvoicingSettings settings,
      Invoice invoice, CreditNoteRequest request, Instant now) {
    checkCreditable(invoice);
    UUID tenantId = tenant.id();
    return invoices.lines(tx, tenantId, invoice.id())
        .compose(lines -> creditNotes.creditedByLine(tx, tenantId, invoice.id())
            .compose(credited -> creditNotes.ofInvoice(tx, tenantId, invoice.id())
                .compose(earlier -> {
                  List<CreditNoteLine> creditLines = creditLines(invoice, request, lines, credited);
                  TaxCalculation calculation = FinalCredit.closes(lines, creditLines, credited)
                      ? FinalCredit.of(invoice, lines, creditLines, credited, earlier)
                      : TaxCalculator.calculate(invoice.totals().mode(),
                          creditLines.stream().map(l -> new TaxedLine(l.amount(), l.taxRateBp())).toList());
                  checkWithinOpen(invoice, calculation.totals().total());
                  return record(tx, tenant, settings, invoice, request.reason(), withNets(creditLines, calculation),
                      calculation.totals(), now);
                })));
  }

  private static List<CreditNoteLine> withNets(List<CreditNoteLine> lines, TaxCalculation calculation) {
    List<CreditNoteLine> withNets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      CreditNoteLine line = lines.get(i);
      withNets.add(new CreditNoteLine(line.position(), line.invoicePosition(), line.description(), line.amount(),
          line.taxRateBp(), calculation.lineNets().get(i)));
    }
    return withNets;
  }

  /** Numbers the credit note last (holding the counter briefly), stores it and settles the invoice. */
  private Future<CreditNoteDetails> record(SqlConnection tx, Tenant tenant, InvoicingSettings settings,
      Invoice invoice, String reason, List<CreditNoteLine> lines, Totals totals, Instant now) {
    UUID tenantId = tenant.id();
    return numbers.next(tx, tenantId).compose(seqNo -> {
      CreditNote note = new CreditNote(UUID.randomUUID(), invoice.id(), invoice.customerId(), seqNo,
          settings.creditNotePrefix() + seqNo, invoice.currency(), totals, reason,
          LocalDate.ofInstant(now, tenant.zone()), invoice.seller(), invoice.billTo(), now);
      long creditedAfter = invoice.credited() + totals.total();
      Invoice after = invoice.settled(invoice.paid(), creditedAfter,
          invoice.status().settledBy(invoice.paid(), creditedAfter, invoice.totals().total()), now);
      return creditNotes.insert(tx, tenantId, note, lines)
          .compose(v -> invoices.settle(tx, tenantId, after))
          .compose(v -> events.publish(tx, tenant, InvoiceEvents.CREDITED, after, new JsonObject()
              .put("creditNote", new JsonObject().put("id", note.id().toString()).put("number", note.number())
                  .put("total", Money.toJson(totals.total(), note.currency())))))
          .map(new CreditNoteDetails(note, lines, after));
    });
  }

  private static void checkCreditable(Invoice invoice) {
    if (!invoice.status().isOutstanding()) {
      String detail = switch (invoice.status()) {
        case PAID -> "Invoice " + invoice.number() + " is paid in full; nothing is open to credit.";
        case CREDITED -> "Invoice " + invoice.number() + " is credited in full already.";
        default -> "Invoice " + invoice.number() + " is void; its credit note was issued when it was voided.";
      };
      throw Problems.unprocessable("invoice-not-open", detail);
    }
  }

  /** The lines to take back: those asked for, or all that is left of every line. */
  private static List<CreditNoteLine> creditLines(Invoice invoice, CreditNoteRequest request,
      List<InvoiceLine> lines, Map<Integer, FinalCredit.Credited> credited) {
    List<CreditNoteRequest.Part> parts = request.isWhole()
        ? lines.stream().map(line -> new CreditNoteRequest.Part(line.position(), null)).toList()
        : request.lines();
    List<CreditNoteLine> result = new ArrayList<>();
    for (CreditNoteRequest.Part part : parts) {
      InvoiceLine line = lines.stream().filter(l -> l.position() == part.position()).findFirst()
          .orElseThrow(() -> Problems.unprocessable("unknown-line", "Invoice " + invoice.number() + " has no line "
              + part.position() + "; it has lines 1 to " + lines.size() + "."));
      long left = line.amount() - credited.getOrDefault(line.position(), FinalCredit.Credited.NONE).amount();
      if (request.isWhole() && left == 0) {
        continue;
      }
      if (left == 0) {
        throw Problems.unprocessable("line-credited", "Line " + line.position() + " of invoice " + invoice.number()
            + " (" + line.description() + ") is credited in full already.");
      }
      long amount = part.amount() == null ? left : part.amount();
      if (amount > left) {
        throw Problem.of(422, "credit-exceeds-line", "The request cannot be carried out", "Line "
                + line.position() + " of invoice " + invoice.number() + " has " + MoneyText.format(left,
                invoice.currency()) + " left to credit, less than " + MoneyText.format(amount, invoice.currency())
                + ".")
            .with("position", line.position())
            .with("left", Money.toJson(left, invoice.currency()))
            .toException();
      }
      result.add(new CreditNoteLine(result.size() + 1, line.position(), line.description(), amount,
          line.taxRateBp(), 0));
    }
    if (result.isEmpty()) {
      throw Problems.unprocessable("nothing-to-credit", "Every line of invoice " + invoice.number()
          + " is credited in full already.");
    }
    return result;
  }

  private static void checkWithinOpen(Invoice invoice, long total) {
    if (total > invoice.open()) {
      throw Problem.of(422, "credit-exceeds-open", "The request cannot be carried out", "A credit note of "
              + MoneyText.format(total, invoice.currency()) + " exceeds the " + MoneyText.format(invoice.open(),
              invoice.currency()) + " open on invoice " + invoice.number() + "; what was paid cannot be credited"
              + " here.")
          .with("open", Money.toJson(invoice.open(), invoice.currency()))
          .toException();
    }
  }

  public Future<CreditNoteDetails> get(Tenant tenant, UUID creditNoteId) {
    SqlClient sql = context.client();
    return creditNotes.find(sql, tenant.id(), creditNoteId).compose(note -> {
      if (note == null) {
        throw Problems.notFound("No credit note with id " + creditNoteId + ".");
      }
      return creditNotes.lines(sql, tenant.id(), creditNoteId)
          .compose(lines -> invoices.find(sql, tenant.id(), note.invoiceId())
              .map(invoice -> new CreditNoteDetails(note, lines, invoice)));
    });
  }
}
