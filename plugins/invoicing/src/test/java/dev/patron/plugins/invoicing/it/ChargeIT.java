package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.BASE;
import static dev.patron.plugins.invoicing.it.Billing.amount;
import static dev.patron.plugins.invoicing.it.Billing.eur;
import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Charges: billing must be on, the credit limit holds (also concurrently), an order is billed once. */
class ChargeIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  @Test
  void recordsAChargeOnTheCustomersAccount() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Sophie", "Maier");
    Response created = billing.charge(customer, new JsonObject().put("amount", eur(2500))
        .put("description", "Dinner for two").put("orderReference", "POS-4711")
        .put("occurredAt", "2026-01-31T18:30:00Z"), Map.of()).expect(201);
    JsonObject charge = created.json();
    assertEquals("PENDING", charge.getString("status"));
    assertEquals("2026-01-31T18:30:00Z", charge.getString("occurredAt"));
    assertEquals(customer, charge.getString("customerId"));
    assertEquals("/api/v1/plugins/invoicing/charges/" + charge.getString("id"), created.header("Location"));
    assertEquals(charge, billing.client().get(BASE + "/charges/" + charge.getString("id")).expect(200).json());
    assertEquals(304, billing.client().get(BASE + "/charges/" + charge.getString("id"),
        Map.of("If-None-Match", "\"1\"")).status());
    assertEquals(2500, amount(billing.balance(customer), "pendingCharges"));
  }

  @Test
  void isRefusedWhenBillingIsOff() {
    Billing billing = new Billing(patron.newTenant());
    String noAccount = billing.customer("Ana", "Berger");
    Response refused = billing.charge(noAccount, 1000, ref()).expect(422);
    assertEquals("https://patron.dev/problems/billing-disabled", refused.json().getString("type"));

    String off = billing.customer("Ben", "Ober");
    billing.putAccount(off, false, null).expect(200);
    billing.charge(off, 1000, ref()).expect(422);
    billing.charge(UUID.randomUUID().toString(), 1000, ref()).expect(404);
    assertEquals(0, amount(billing.balance(off), "balance"));
  }

  @Test
  void theCreditLimitCountsPendingChargesAndUnpaidInvoices() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.customer("Clara", "Huber");
    billing.putAccount(customer, true, 10_000L).expect(200);
    billing.charge(customer, 6000, ref()).expect(201);

    JsonObject refused = billing.charge(customer, 4001, ref()).expect(422).json();
    assertEquals("https://patron.dev/problems/credit-limit-exceeded", refused.getString("type"));
    assertEquals(eur(6000), refused.getJsonObject("balance"));
    assertEquals(eur(4000), refused.getJsonObject("available"));
    assertTrue(refused.getString("detail").contains("credit limit of 100.00 EUR"), refused::encode);
    billing.charge(customer, 4000, ref()).expect(201);

    // Invoiced with 10 % tax, the customer owes 110.00 EUR: still counted, now past the limit.
    billing.invoice(customer).expect(201);
    assertEquals(eur(11_000), billing.charge(customer, 1, ref()).expect(422).json().getJsonObject("balance"));
  }

  @Test
  void concurrentChargesCannotPassTheLimitTogether() throws Exception {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.customer("Dora", "Weiss");
    billing.putAccount(customer, true, 10_000L).expect(200);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(() -> billing.charge(customer, 3000, ref()).status());
    }
    List<Integer> statuses = Concurrently.run(calls);
    assertEquals(3, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
    assertEquals(3, statuses.stream().filter(s -> s == 422).count(), statuses::toString);
    assertEquals(9000, amount(billing.balance(customer), "balance"));
  }

  @Test
  void anOrderIsBilledOnce() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Emil", "Koch");
    String other = billing.billableCustomer("Fritz", "Lang");
    String reference = ref();
    billing.charge(customer, 1000, reference).expect(201);

    JsonObject repeated = billing.charge(customer, 1000, reference).expect(409).json();
    assertEquals("https://patron.dev/problems/order-reference-taken", repeated.getString("type"));
    assertEquals(reference, repeated.getString("orderReference"));
    assertTrue(repeated.getString("detail").contains(reference));
    billing.charge(other, 500, reference).expect(409);
    assertEquals(1000, amount(billing.balance(customer), "balance"));

    // With an Idempotency-Key, the POS's retry gets the first answer again.
    JsonObject body = new JsonObject().put("amount", eur(700)).put("description", "Lunch").put("orderReference", ref());
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    JsonObject first = billing.charge(customer, body, key).expect(201).json();
    Response retry = billing.charge(customer, body, key).expect(201);
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(first, retry.json());
    assertEquals(1700, amount(billing.balance(customer), "balance"));
  }

  @Test
  void listsACustomersChargesPageByPage() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Greta", "Pichler");
    for (int day = 1; day <= 3; day++) {
      billing.charge(customer, new JsonObject().put("amount", eur(100L * day)).put("description", "Day " + day)
          .put("orderReference", ref()).put("occurredAt", "2026-03-0" + day + "T12:00:00Z"), Map.of()).expect(201);
    }
    String path = BASE + "/customers/" + customer + "/charges?status=PENDING&limit=2";
    JsonObject first = billing.client().get(path).expect(200).json();
    assertEquals(List.of("Day 1", "Day 2"), descriptions(first));
    JsonObject second = billing.client().get(path + "&cursor=" + first.getString("nextCursor")).expect(200).json();
    assertEquals(List.of("Day 3"), descriptions(second));
    assertNull(second.getValue("nextCursor"));

    billing.invoice(customer).expect(201);
    assertEquals(List.of(), billing.charges(customer, "?status=PENDING"));
    List<JsonObject> invoiced = billing.charges(customer, "?status=INVOICED");
    assertEquals(3, invoiced.size());
    invoiced.forEach(charge -> assertNotNull(charge.getString("invoiceId")));

    assertEquals(List.of("state: unknown query parameter; allowed: cursor, limit, status"),
        billing.client().get(BASE + "/customers/" + customer + "/charges?state=PENDING").expect(400).fieldErrors());
    billing.client().get(BASE + "/customers/" + customer + "/charges?status=OPEN").expect(400);
    billing.client().get(BASE + "/customers/" + UUID.randomUUID() + "/charges").expect(404);
  }

  @Test
  void refusesInvalidChargesByField() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Hanna", "Wolf");
    Response invalid = billing.charge(customer, new JsonObject().put("amount", eur(0))
        .put("description", "x".repeat(201)).put("occurredAt", "yesterday").put("tip", 5), Map.of()).expect(400);
    assertEquals(List.of("amount.amount: must be between 1 and 100000000000",
        "description: must be at most 200 characters", "orderReference: is required",
        "occurredAt: must be an RFC 3339 timestamp such as 2026-01-31T18:30:00Z", "tip: unknown field"),
        invalid.fieldErrors());
    billing.client().send("POST", BASE + "/customers/" + customer + "/charges", "[1]", Map.of()).expect(400);
  }

  private static List<String> descriptions(JsonObject page) {
    return page.getJsonArray("items").stream().map(JsonObject.class::cast)
        .map(charge -> charge.getString("description")).toList();
  }
}
