package dev.patron.plugins.invoicing.reminder;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Versions;
import dev.patron.kit.sql.Rows;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceEvents;
import dev.patron.plugins.invoicing.invoice.InvoiceRepository;
import dev.patron.plugins.invoicing.invoice.InvoiceStatus;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reminders for overdue invoices: each level once and in order (a first, a second, a final; any
 * may be skipped, none repeated or taken back), each giving the customer {@code
 * reminderPaymentDays} more to pay, recorded with an event.
 */
public final class ReminderService {

  private final PluginContext context;
  private final Clock clock;
  private final InvoiceRepository invoices = new InvoiceRepository();
  private final ReminderRepository reminders = new ReminderRepository();
  private final InvoiceEvents events;

  public ReminderService(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
    this.events = new InvoiceEvents(context);
  }

  /** Issues a reminder: 201 with it, or a replay for a repeated {@code Idempotency-Key}. */
  public Future<ApiResponse> create(Tenant tenant, InvoicingSettings settings, UUID invoiceId,
      ReminderRequest request, String idempotencyKey, JsonObject body) {
    JsonObject key = new JsonObject().put("invoiceId", invoiceId.toString()).put("body", body);
    return context.idempotency().run(tenant, "reminders.create", idempotencyKey, key,
        tx -> invoices.lockExisting(tx, tenant.id(), invoiceId).compose(invoice -> {
          ReminderLevel level = levelFor(invoice, request);
          Instant now = Rows.now(clock);
          LocalDate today = LocalDate.ofInstant(now, tenant.zone());
          Reminder reminder = new Reminder(level, invoice.open(), today.plusDays(settings.reminderPaymentDays()),
              today, now);
          return reminders.insert(tx, tenant.id(), invoiceId, reminder)
              .compose(v -> invoices.remind(tx, tenant.id(), invoiceId, level.number(), now))
              .compose(v -> events.publish(tx, tenant, InvoiceEvents.REMINDED, invoice, new JsonObject()
                  .put("reminder", reminder.toJson(invoice.currency()))))
              .map(ApiResponse.created(path(invoiceId, level), reminder.toJson(invoice.currency()))
                  .withHeader("ETag", Versions.etag(1)));
        }));
  }

  public static String path(UUID invoiceId, ReminderLevel level) {
    return "/api/v1/plugins/invoicing/invoices/" + invoiceId + "/reminders/" + level.name();
  }

  private static ReminderLevel levelFor(Invoice invoice, ReminderRequest request) {
    if (invoice.status() != InvoiceStatus.OVERDUE) {
      throw Problems.unprocessable("invoice-not-overdue", "Invoice " + invoice.number() + " is " + invoice.status()
          + (invoice.status().isOutstanding() ? " and due on " + invoice.dates().dueDate() : "")
          + "; only an overdue invoice gets reminders.");
    }
    int last = invoice.reminderLevel();
    if (last == ReminderLevel.FINAL.number()) {
      throw Problems.unprocessable("final-reminder-sent", "The final reminder for invoice " + invoice.number()
          + " was sent already.");
    }
    ReminderLevel level = request.level() == null ? ReminderLevel.of(last + 1) : request.level();
    if (level.number() <= last) {
      throw Problems.unprocessable("reminder-level-sent", "Invoice " + invoice.number() + " had its "
          + ReminderLevel.of(last) + " reminder already; the next is " + ReminderLevel.of(last + 1) + " or later.");
    }
    return level;
  }
}
