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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cancelling a pending charge: the row stays, with its reason, as the record of what happened; it
 * is no longer owed, never invoiced, and does not stand in the way of archiving the customer.
 */
class ChargeCancellationIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  @Test
  void aCancelledChargeIsKeptButNeitherOwedNorInvoiced() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.customer("Sophie", "Maier");
    billing.putAccount(customer, true, 5_000L).expect(200);
    String wrong = billing.charge(customer, 4_000, ref()).expect(201).json().getString("id");
    String kept = billing.charge(customer, 1_000, ref()).expect(201).json().getString("id");
    billing.charge(customer, 1, ref()).expect(422);

    Instant before = Instant.now().minusSeconds(5);
    Response cancelled = billing.client().post(BASE + "/charges/" + wrong + "/cancel",
        new JsonObject().put("reason", "Typed the wrong table; re-entered as POS-12"), Map.of("If-Match", "\"1\""));
    JsonObject charge = cancelled.expect(200).json();
    assertEquals("CANCELLED", charge.getString("status"));
    assertEquals("Typed the wrong table; re-entered as POS-12", charge.getString("cancelReason"));
    assertTrue(Instant.parse(charge.getString("cancelledAt")).isAfter(before), charge::encode);
    assertNull(charge.getValue("invoiceId"));
    assertEquals(2, charge.getLong("version"));
    assertEquals("\"2\"", cancelled.header("ETag"));
    assertEquals(charge, billing.getCharge(wrong).expect(200).json(), "the charge reads back cancelled");

    assertEquals(1_000, amount(billing.balance(customer), "balance"), "a cancelled charge is not owed");
    billing.charge(customer, 4_000, ref()).expect(201);
    assertEquals(List.of(wrong), ids(billing.charges(customer, "?status=CANCELLED")));
    assertEquals(2, billing.charges(customer, "?status=PENDING").size());
    assertEquals(3, billing.charges(customer, "").size(), "the full list still shows the cancelled charge");

    JsonObject invoice = billing.invoice(customer).expect(201).json();
    assertEquals(eur(5_000), invoice.getJsonObject("subtotal"));
    assertTrue(invoice.getJsonArray("lines").stream().map(JsonObject.class::cast)
        .noneMatch(line -> line.getString("chargeId").equals(wrong)), invoice::encode);
    assertEquals("CANCELLED", billing.getCharge(wrong).expect(200).json().getString("status"));
    assertEquals("INVOICED", billing.getCharge(kept).expect(200).json().getString("status"));
  }

  @Test
  void anInvoicedChargeCannotBeCancelledUntilItsInvoiceIsVoid() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ana", "Berger");
    String charge = billing.charge(customer, 2_000, ref()).expect(201).json().getString("id");
    String invoice = billing.invoice(customer).expect(201).json().getString("id");

    JsonObject refused = billing.cancel(charge, "Customer disputes it").expect(422).json();
    assertEquals("https://patron.dev/problems/charge-invoiced", refused.getString("type"));
    assertEquals(invoice, refused.getString("invoiceId"));
    assertTrue(refused.getString("detail").contains("void"), refused::encode);
    JsonObject unchanged = billing.getCharge(charge).expect(200).json();
    assertEquals("INVOICED", unchanged.getString("status"));
    assertNull(unchanged.getValue("cancelReason"));

    billing.voidInvoice(invoice).expect(200);
    assertEquals("CANCELLED", billing.cancel(charge, "Customer disputes it").expect(200).json().getString("status"));
    assertEquals(0, amount(billing.balance(customer), "balance"));
    JsonObject nothing = billing.invoice(customer).expect(422).json();
    assertEquals("https://patron.dev/problems/no-pending-charges", nothing.getString("type"));
  }

  @Test
  void aCustomerWithOnlyCancelledChargesCanBeArchived() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ben", "Ober");
    String charge = billing.chargeAt(customer, "2026-01-31T18:30:00Z").expect(201).json().getString("id");
    billing.client().delete("/api/v1/customers/" + customer).expect(409);

    billing.cancel(charge, "Booked on the wrong customer").expect(200);
    billing.client().delete("/api/v1/customers/" + customer).expect(204);
    JsonObject record = billing.getCharge(charge).expect(200).json();
    assertEquals("CANCELLED", record.getString("status"), "the audit record outlives the customer");
    assertEquals("Booked on the wrong customer", record.getString("cancelReason"));
  }

  @Test
  void cancellingIsIdempotentAndChecksTheRequest() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Clara", "Huber");
    String charge = billing.charge(customer, 500, ref()).expect(201).json().getString("id");

    assertEquals(List.of("reason: is required"), billing.cancel(charge, new JsonObject(), Map.of()).expect(400)
        .fieldErrors());
    assertEquals(List.of("reason: must not be blank"), billing.cancel(charge, "   ").expect(400).fieldErrors());
    assertEquals(List.of("reason: must be at most 500 characters", "refund: unknown field"),
        billing.cancel(charge, new JsonObject().put("reason", "x".repeat(501)).put("refund", true), Map.of())
            .expect(400).fieldErrors());
    assertEquals("https://patron.dev/problems/stale-version", billing.cancel(charge,
        new JsonObject().put("reason", "Duplicate"), Map.of("If-Match", "\"7\"")).expect(412).json().getString("type"));
    billing.cancel(UUID.randomUUID().toString(), "Duplicate").expect(404);
    new Billing(patron.newTenant()).cancel(charge, "Duplicate").expect(404);
    assertEquals("PENDING", billing.getCharge(charge).expect(200).json().getString("status"), "nothing changed so far");

    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    JsonObject body = new JsonObject().put("reason", "Duplicate of POS-11");
    JsonObject first = billing.cancel(charge, body, key).expect(200).json();
    Response replay = billing.cancel(charge, body, key).expect(200);
    assertEquals("true", replay.header("Idempotent-Replayed"));
    assertEquals(first, replay.json());
    billing.cancel(charge, new JsonObject().put("reason", "Something else"), key).expect(409);

    JsonObject again = billing.cancel(charge, "Another reason").expect(200).json();
    assertEquals(first, again, "cancelling a cancelled charge changes nothing, its first reason stays");
    assertEquals(2, again.getLong("version"));
  }

  @Test
  void theOrderReferenceOfACancelledChargeCanBeBilledAgain() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Dora", "Weiss");
    String reference = ref();
    String first = billing.charge(customer, 1_000, reference).expect(201).json().getString("id");
    billing.cancel(first, "Wrong amount").expect(200);

    JsonObject rebilled = billing.charge(customer, 1_200, reference).expect(201).json();
    assertEquals(reference, rebilled.getString("orderReference"));
    assertEquals("order-reference-taken", problemCode(billing.charge(customer, 1_200, reference).expect(409)),
        "a live charge still holds its reference");
    assertEquals(1_200, amount(billing.balance(customer), "balance"));
  }

  @Test
  void concurrentCancelsAndAnInvoiceNeverBothTakeACharge() throws Exception {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Emil", "Koch");
    List<String> charges = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      charges.add(billing.charge(customer, 1_000, ref()).expect(201).json().getString("id"));
    }
    List<Callable<Response>> calls = new ArrayList<>();
    charges.forEach(charge -> calls.add(() -> billing.cancel(charge, "Till closed twice")));
    calls.add(() -> billing.invoice(customer));

    List<Response> answers = Concurrently.run(calls);

    Response invoiced = answers.get(charges.size());
    Set<String> billed = new HashSet<>();
    if (invoiced.status() == 201) {
      invoiced.json().getJsonArray("lines").forEach(line -> billed.add(((JsonObject) line).getString("chargeId")));
    } else {
      assertEquals("no-pending-charges", problemCode(invoiced.expect(422)));
    }
    for (int i = 0; i < charges.size(); i++) {
      String charge = charges.get(i);
      JsonObject stored = billing.getCharge(charge).expect(200).json();
      if (billed.contains(charge)) {
        assertEquals("charge-invoiced", problemCode(answers.get(i).expect(422)), charge);
        assertEquals("INVOICED", stored.getString("status"));
      } else {
        answers.get(i).expect(200);
        assertEquals("CANCELLED", stored.getString("status"));
      }
    }
    long open = invoiced.status() == 201 ? amount(invoiced.json(), "total") : 0;
    assertEquals(billed.size() * 1_100L, open, "10 % tax on exactly the charges billed");
    assertEquals(open, amount(billing.balance(customer), "balance"));
    assertEquals(charges.size() - billed.size(), billing.charges(customer, "?status=CANCELLED").size());
  }

  private static List<String> ids(List<JsonObject> items) {
    return items.stream().map(item -> item.getString("id")).collect(Collectors.toList());
  }

  private static String problemCode(Response response) {
    String type = response.json().getString("type");
    assertNotNull(type, response::body);
    return type.substring(type.lastIndexOf('/') + 1);
  }
}
