package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.BASE;
import static dev.patron.plugins.invoicing.it.Billing.amount;
import static dev.patron.plugins.invoicing.it.Billing.eur;
import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issuing invoices from pending charges: lines, tax, dates, the customer's details; voiding. */
class InvoiceIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  @Test
  void billsEveryPendingChargeWithTaxAndTheCustomersDetails() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.charge(customer, 2500, "POS-A-" + UUID.randomUUID()).expect(201);
    billing.charge(customer, 1005, "POS-B-" + UUID.randomUUID()).expect(201);

    Response created = billing.invoice(customer).expect(201);
    JsonObject invoice = created.json();
    assertEquals("INV-1", invoice.getString("number"));
    assertEquals("OPEN", invoice.getString("status"));
    assertEquals(eur(3505), invoice.getJsonObject("subtotal"));
    assertEquals(10, invoice.getInteger("taxRate"));
    assertEquals(eur(351), invoice.getJsonObject("tax"), "350.5 rounds half up to 351, as EN 16931 does");
    assertEquals(eur(3856), invoice.getJsonObject("total"));
    assertEquals(eur(0), invoice.getJsonObject("paid"));
    assertEquals(eur(3856), invoice.getJsonObject("open"));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Vienna"));
    assertEquals(today.toString(), invoice.getString("issueDate"));
    assertEquals(today.plusDays(14).toString(), invoice.getString("dueDate"));
    assertEquals(2, invoice.getJsonArray("lines").size());
    assertEquals(BASE + "/invoices/" + invoice.getString("id"), created.header("Location"));
    JsonObject billTo = invoice.getJsonObject("billTo");
    assertEquals("Sophie Maier", billTo.getString("name"));
    assertEquals("Maier GmbH", billTo.getString("company"));
    assertEquals("sophie@example.com", billTo.getString("email"));
    assertEquals("Wien", billTo.getJsonObject("address").getString("city"));

    assertEquals(List.of(), billing.charges(customer, "?status=PENDING"));
    assertEquals(3856, amount(billing.balance(customer), "openInvoices"));
    billing.invoice(customer).expect(422);

    // The invoice is a document: later changes to the profile do not touch it.
    billing.client().patch("/api/v1/customers/" + customer, new JsonObject().put("lastName", "Berger")).expect(200);
    assertEquals(billTo, billing.getInvoice(invoice.getString("id")).expect(200).json().getJsonObject("billTo"));
  }

  @Test
  void billsOnlyChargesOfTheGivenDaysInTheRestaurantsTimeZone() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ana", "Berger");
    for (String at : List.of("2026-01-10T19:00:00Z", "2026-01-31T23:30:00Z", "2026-02-05T12:00:00Z")) {
      billing.charge(customer, new JsonObject().put("amount", eur(1000)).put("description", "At " + at)
          .put("orderReference", ref()).put("occurredAt", at), Map.of()).expect(201);
    }
    JsonObject january = billing.invoice(new JsonObject().put("customerId", customer).put("from", "2026-01-01")
        .put("to", "2026-01-31")).expect(201).json();
    assertEquals(1, january.getJsonArray("lines").size(), "23:30 UTC on Jan 31 is already February in Vienna");
    assertEquals(new JsonObject().put("from", "2026-01-01").put("to", "2026-01-31"), january.getJsonObject("period"));
    assertEquals(2, billing.charges(customer, "?status=PENDING").size());

    billing.invoice(new JsonObject().put("customerId", customer).put("to", "2026-01-31")).expect(422);
    assertEquals(2, billing.invoice(customer).expect(201).json().getJsonArray("lines").size());
  }

  @Test
  void refusesWhatCannotBeInvoiced() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ben", "Ober");
    JsonObject nothing = billing.invoice(customer).expect(422).json();
    assertEquals("https://patron.dev/problems/no-pending-charges", nothing.getString("type"));
    billing.invoice(UUID.randomUUID().toString()).expect(404);
    assertEquals(List.of("customerId: is required", "to: must not be before from", "notes: unknown field"),
        billing.invoice(new JsonObject().put("from", "2026-02-01").put("to", "2026-01-01").put("notes", "x"))
            .expect(400).fieldErrors());
    billing.getInvoice(UUID.randomUUID().toString()).expect(404);
  }

  @Test
  void voidingReturnsTheChargesToPending() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Clara", "Huber");
    billing.charge(customer, 2000, ref()).expect(201);
    JsonObject invoice = billing.invoice(customer).expect(201).json();
    String id = invoice.getString("id");

    billing.client().send("POST", BASE + "/invoices/" + id + "/void", null, Map.of("If-Match", "\"7\"")).expect(412);
    Response voided = billing.client().send("POST", BASE + "/invoices/" + id + "/void", null,
        Map.of("If-Match", "\"1\"")).expect(200);
    JsonObject after = voided.json();
    assertEquals("VOID", after.getString("status"));
    assertEquals(eur(0), after.getJsonObject("open"));
    assertEquals(1, after.getJsonArray("lines").size(), "a void invoice keeps its lines");
    assertEquals("\"2\"", voided.header("ETag"));
    assertEquals(2000, amount(billing.balance(customer), "pendingCharges"));
    assertEquals(0, amount(billing.balance(customer), "openInvoices"));
    assertNull(billing.charges(customer, "?status=PENDING").get(0).getValue("invoiceId"));

    assertEquals(after, billing.voidInvoice(id).expect(200).json(), "voiding again changes nothing");
    JsonObject again = billing.invoice(customer).expect(201).json();
    assertEquals("INV-2", again.getString("number"), "the void invoice keeps its number");
    assertEquals(eur(2200), again.getJsonObject("total"));
  }

  @Test
  void listsInvoicesByCustomerAndStatusNewestFirst() {
    Billing billing = new Billing(patron.newTenant());
    String ana = billing.billableCustomer("Ana", "Berger");
    String ben = billing.billableCustomer("Ben", "Ober");
    for (String customer : List.of(ana, ben, ana, ana)) {
      billing.charge(customer, 1000, ref()).expect(201);
      billing.invoice(customer).expect(201);
    }
    String paidId = billing.client().get(BASE + "/invoices?customerId=" + ana + "&limit=1").expect(200)
        .items().get(0).getString("id");
    billing.pay(paidId, 1100, null).expect(201);

    String path = BASE + "/invoices?customerId=" + ana + "&limit=2";
    JsonObject first = billing.client().get(path).expect(200).json();
    assertEquals(List.of("INV-4", "INV-3"), numbers(first));
    assertNull(first.getJsonArray("items").getJsonObject(0).getValue("lines"), "lists show no lines");
    JsonObject second = billing.client().get(path + "&cursor=" + first.getString("nextCursor")).expect(200).json();
    assertEquals(List.of("INV-1"), numbers(second));
    assertNull(second.getValue("nextCursor"));

    assertEquals(List.of("INV-3", "INV-1"),
        numbers(billing.client().get(BASE + "/invoices?customerId=" + ana + "&status=OPEN").expect(200).json()));
    assertEquals(List.of("INV-4"),
        numbers(billing.client().get(BASE + "/invoices?status=PAID").expect(200).json()));
    assertEquals(List.of("INV-4", "INV-3", "INV-2", "INV-1"),
        numbers(billing.client().get(BASE + "/invoices").expect(200).json()));
    billing.client().get(BASE + "/invoices?status=UNPAID").expect(400);
    billing.client().get(BASE + "/invoices?customer=" + ana).expect(400);
    billing.client().get(BASE + "/invoices?cursor=bogus").expect(400);
  }

  @Test
  void followsTheRestaurantsConfiguration() {
    TestTenant tenant = patron.newTenant();
    patron.enablePlugin(tenant.id(), "invoicing", new JsonObject().put("numberPrefix", "R/2026-")
        .put("paymentTermsDays", 30).put("taxRate", 7.5));
    Billing billing = new Billing(tenant);
    String customer = billing.billableCustomer("Dora", "Weiss");
    billing.charge(customer, 999, ref()).expect(201);
    JsonObject invoice = billing.invoice(customer).expect(201).json();
    assertEquals("R/2026-1", invoice.getString("number"));
    assertEquals(7.5, invoice.getDouble("taxRate"));
    assertEquals(eur(75), invoice.getJsonObject("tax"), "74.925 rounds to 75");
    assertEquals(LocalDate.parse(invoice.getString("issueDate")).plusDays(30).toString(), invoice.getString("dueDate"));

    Response invalid = patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/invoicing",
        new JsonObject().put("enabled", true).put("config", new JsonObject().put("taxRate", 120)
            .put("paymentTermsDays", 1.5))).expect(400);
    assertEquals(List.of("config.paymentTermsDays: must be a whole number", "config.taxRate: must be between 0 and 100"),
        invalid.fieldErrors());
  }

  private static List<String> numbers(JsonObject page) {
    return page.getJsonArray("items").stream().map(JsonObject.class::cast)
        .map(invoice -> invoice.getString("number")).toList();
  }
}
