package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invoices past their due date turn OVERDUE, shown in the balance and recorded as an event, and get
 * reminders (first, second, final; each once, in order) with a printable letter. Time passes by
 * restarting the server with the plugin's test clock 20 days ahead.
 */
class OverdueIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .pluginsFromProperty("patron.plugin.jar")
      .enable("invoicing", Billing.CONFIG)
      .setting("PATRON_PLUGIN_INVOICING_OVERDUE_CHECK_SECONDS", "1")
      .isolated()
      .build();

  @Test
  void anInvoicePastItsDueDateTurnsOverdueAndGetsReminders() throws IOException {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.chargeLines(customer, new Object[] {"Geburtstagsfeier", 1, 48000, null}).expect(201);
    JsonObject issued = billing.invoice(customer).expect(201).json();
    String id = issued.getString("id");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
    assertEquals(today.plusDays(14).toString(), issued.getString("dueDate"));
    billing.pay(id, 8000, null).expect(201);
    assertEquals("invoice-not-overdue", problem(billing.remind(id, null).expect(422)));

    patron.server().restart(Map.of("PATRON_PLUGIN_INVOICING_CLOCK_OFFSET_DAYS", "20"));

    JsonObject overdue = Await.until(Duration.ofSeconds(15), () -> billing.getInvoice(id).expect(200).json(),
        invoice -> "OVERDUE".equals(invoice.getString("status")));
    assertEquals(40000, amount(overdue, "open"));
    JsonObject balance = billing.balance(customer);
    assertEquals(40000, amount(balance, "overdueInvoices"));
    assertEquals(40000, amount(balance, "openInvoices"));
    assertEquals(List.of(id), billing.client().get(Billing.BASE + "/invoices?status=OVERDUE").expect(200).items()
        .stream().map(i -> i.getString("id")).toList());
    List<JsonObject> events = Await.until(Duration.ofSeconds(10),
        () -> billing.client().get("/api/v1/events?type=invoicing.invoice.overdue").expect(200).items(),
        items -> !items.isEmpty());
    assertEquals(id, events.get(0).getString("subjectId"));
    assertEquals("OVERDUE", events.get(0).getJsonObject("data").getString("status"));

    JsonObject first = billing.remind(id, null).expect(201).json();
    assertEquals("FIRST", first.getString("level"));
    assertEquals(40000, amount(first, "open"));
    assertEquals(today.plusDays(20 + 7).toString(), first.getString("payBy"), "a week more, by the test clock");
    assertEquals("reminder-level-sent", problem(billing.remind(id, "FIRST").expect(422)), "each level once");
    JsonObject last = billing.remind(id, "FINAL").expect(201).json();
    assertEquals("FINAL", last.getString("level"), "the second may be skipped");
    assertEquals("final-reminder-sent", problem(billing.remind(id, "SECOND").expect(422)));
    assertEquals(3, billing.getInvoice(id).expect(200).json().getInteger("reminderLevel"));

    String letter = InvoiceDocumentsIT.text(billing.pdf("/invoices/" + id + "/reminders/FINAL"), "reminder-at");
    for (String expected : List.of("Letzte Mahnung", "Trotz unserer Erinnerungen ist die Rechnung RE-1",
        "Offener Betrag € 400,00", "Bezahlt -€ 80,00", "Beisl am Eck GmbH", "Maier GmbH")) {
      assertTrue(letter.contains(expected), () -> "missing '" + expected + "' in:\n" + letter);
    }
    assertEquals("FIRST", billing.client().get(Billing.BASE + "/invoices/" + id + "/reminders/first").expect(200)
        .json().getString("level"));
    billing.client().get(Billing.BASE + "/invoices/" + id + "/reminders/SECOND").expect(404);

    billing.pay(id, 20000, null).expect(201);
    assertEquals("OVERDUE", billing.getInvoice(id).expect(200).json().getString("status"), "until it is settled");
    assertEquals("PAID", billing.pay(id, 20000, null).expect(201).json().getJsonObject("invoice").getString("status"));
    assertEquals(0, amount(billing.balance(customer), "overdueInvoices"));
  }

  private static String problem(Response response) {
    return response.json().getString("type").replace("https://patron.dev/problems/", "");
  }
}
