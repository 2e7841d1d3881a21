package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.amount;
import static dev.patron.plugins.invoicing.it.Billing.eur;
import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settling invoices: partial then full payment, no overpayment, payments safe to retry. */
class PaymentIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  /** An open invoice of 110.00 EUR (100.00 + 10 % tax); returns its id. */
  private static String openInvoice(Billing billing, String customer) {
    billing.charge(customer, 10_000, ref()).expect(201);
    return billing.invoice(customer).expect(201).json().getString("id");
  }

  @Test
  void anInvoicesLifeIsPublishedAsEventsAboutItWithoutBillingDetails() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Sophie", "Maier");
    String paidInvoice = openInvoice(billing, customer);
    billing.pay(paidInvoice, 4000, null).expect(201);
    billing.pay(paidInvoice, 7000, null).expect(201);
    String voidedInvoice = openInvoice(billing, customer);
    billing.voidInvoice(voidedInvoice).expect(200);

    List<JsonObject> events = Await.until(Duration.ofSeconds(10),
        () -> billing.client().get("/api/v1/events?type=invoicing.*").expect(200).items(), items -> items.size() >= 5);
    assertEquals(List.of("invoicing.invoice.issued", "invoicing.invoice.paid", "invoicing.invoice.issued",
        "invoicing.invoice.credited", "invoicing.invoice.voided"), events.stream().map(e -> e.getString("type")).toList(),
        "a partial payment publishes nothing; the one that settles the invoice does; a void credits it all");
    assertEquals(List.of(paidInvoice, paidInvoice, voidedInvoice, voidedInvoice, voidedInvoice),
        events.stream().map(e -> e.getString("subjectId")).toList());
    JsonObject paid = events.get(1).getJsonObject("data");
    assertEquals("PAID", paid.getString("status"));
    assertEquals(customer, paid.getString("customerId"));
    assertEquals(eur(11000), paid.getJsonObject("total"));
    assertEquals(eur(0), paid.getJsonObject("open"));
    assertEquals("CREDITED", events.get(3).getJsonObject("data").getString("status"));
    assertEquals("VOID", events.get(4).getJsonObject("data").getString("status"));
    assertFalse(events.get(0).getJsonObject("data").containsKey("billTo"), "no name or address in the outbox");
  }

  @Test
  void partialPaymentsThenPaidInFull() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Sophie", "Maier");
    String invoice = openInvoice(billing, customer);

    Response first = billing.pay(invoice, 4000, null).expect(201);
    JsonObject payment = first.json();
    assertEquals(eur(4000), payment.getJsonObject("amount"));
    assertEquals("CARD", payment.getString("method"));
    assertEquals("PARTIALLY_PAID", payment.getJsonObject("invoice").getString("status"));
    assertEquals(eur(7000), payment.getJsonObject("invoice").getJsonObject("open"));
    JsonObject withoutInvoice = payment.copy();
    withoutInvoice.remove("invoice");
    assertEquals(withoutInvoice, billing.client().get(first.header("Location")).expect(200).json());
    assertEquals(7000, amount(billing.balance(customer), "balance"));

    JsonObject last = billing.pay(invoice, 7000, null).expect(201).json().getJsonObject("invoice");
    assertEquals("PAID", last.getString("status"));
    assertEquals(eur(11_000), last.getJsonObject("paid"));
    assertEquals(eur(0), last.getJsonObject("open"));
    JsonObject paid = billing.getInvoice(invoice).expect(200).json();
    assertEquals(2, paid.getJsonArray("payments").size());
    assertEquals(3, paid.getLong("version"));
    assertEquals(0, amount(billing.balance(customer), "balance"));
    assertEquals("https://patron.dev/problems/overpayment", billing.pay(invoice, 1, null).expect(422).json()
        .getString("type"), "a paid invoice takes nothing more");
  }

  @Test
  void anOverpaymentIsRefusedNamingTheOpenAmount() {
    Billing billing = new Billing(patron.newTenant());
    String invoice = openInvoice(billing, billing.billableCustomer("Ana", "Berger"));
    billing.pay(invoice, 1000, null).expect(201);
    JsonObject refused = billing.pay(invoice, 10_001, null).expect(422).json();
    assertEquals(eur(10_000), refused.getJsonObject("open"));
    assertTrue(refused.getString("detail").contains("open amount of 100.00 EUR"), refused::encode);
    assertEquals(eur(1000), billing.getInvoice(invoice).expect(200).json().getJsonObject("paid"));
  }

  @Test
  void aRetriedPaymentIsRecordedOnce() throws Exception {
    Billing billing = new Billing(patron.newTenant());
    String invoice = openInvoice(billing, billing.billableCustomer("Ben", "Ober"));
    String key = UUID.randomUUID().toString();

    JsonObject first = billing.pay(invoice, 2500, key).expect(201).json();
    Response retry = billing.pay(invoice, 2500, key).expect(201);
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(first, retry.json());
    JsonObject conflict = billing.pay(invoice, 3000, key).expect(409).json();
    assertEquals("https://patron.dev/problems/idempotency-key-reused", conflict.getString("type"));

    String concurrentKey = UUID.randomUUID().toString();
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(() -> billing.pay(invoice, 1000, concurrentKey).expect(201).json().getString("id"));
    }
    assertEquals(1, Concurrently.run(calls).stream().distinct().count(), "concurrent retries: one payment");

    JsonObject after = billing.getInvoice(invoice).expect(200).json();
    assertEquals(eur(3500), after.getJsonObject("paid"));
    assertEquals(2, after.getJsonArray("payments").size());
  }

  @Test
  void concurrentPaymentsCannotPayMoreThanIsOpen() throws Exception {
    Billing billing = new Billing(patron.newTenant());
    String invoice = openInvoice(billing, billing.billableCustomer("Clara", "Huber"));
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(() -> billing.pay(invoice, 5000, null).status());
    }
    List<Integer> statuses = Concurrently.run(calls);
    assertEquals(2, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
    assertEquals(eur(10_000), billing.getInvoice(invoice).expect(200).json().getJsonObject("paid"));
  }

  @Test
  void voidAndPaymentsExcludeEachOther() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Dora", "Weiss");
    String paidOn = openInvoice(billing, customer);
    billing.pay(paidOn, 100, null).expect(201);
    JsonObject refused = billing.voidInvoice(paidOn).expect(422).json();
    assertEquals("https://patron.dev/problems/invoice-has-payments", refused.getString("type"));

    String voided = openInvoice(billing, customer);
    billing.voidInvoice(voided).expect(200);
    assertEquals("https://patron.dev/problems/invoice-void", billing.pay(voided, 100, null).expect(422).json()
        .getString("type"));
  }

  @Test
  void refusesInvalidPaymentsByField() {
    Billing billing = new Billing(patron.newTenant());
    String invoice = openInvoice(billing, billing.billableCustomer("Emil", "Koch"));
    Response invalid = billing.client().post(Billing.BASE + "/invoices/" + invoice + "/payments",
        new JsonObject().put("amount", new JsonObject().put("amount", 100).put("currency", "CHF"))
            .put("method", "CHEQUE").put("receivedAt", "2026-13-01"), Map.of()).expect(400);
    assertEquals(List.of("amount.currency: must be EUR, the restaurant's currency",
        "method: must be one of CASH, CARD, BANK_TRANSFER, OTHER",
        "receivedAt: must be an RFC 3339 timestamp such as 2026-01-31T18:30:00Z"), invalid.fieldErrors());
    billing.pay(UUID.randomUUID().toString(), 100, null).expect(404);
  }
}
