package dev.patron.plugins.invoicing.it;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One tenant's view of the invoicing API, so tests read as the rules they check. */
final class Billing {

  static final String BASE = "/api/v1/plugins/invoicing";
  /** The configuration {@link #PATRON} tenants get: 10 % tax, 14 days to pay. */
  static final JsonObject CONFIG = new JsonObject().put("numberPrefix", "INV-").put("paymentTermsDays", 14)
      .put("taxRate", 10);

  private final PatronClient client;

  Billing(TestTenant tenant) {
    this.client = tenant.client();
  }

  PatronClient client() {
    return client;
  }

  static JsonObject eur(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }

  /** A customer with full billing details; returns its id. */
  String customer(String firstName, String lastName) {
    return client.post("/api/v1/customers", new JsonObject().put("firstName", firstName).put("lastName", lastName)
            .put("email", firstName.toLowerCase() + "@example.com").put("company", lastName + " GmbH")
            .put("taxId", "ATU" + Math.abs(lastName.hashCode()))
            .put("primaryAddress", new JsonObject().put("street", "Hauptstrasse 1").put("postalCode", "1010")
                .put("city", "Wien").put("country", "AT")))
        .expect(201).json().getString("id");
  }

  Response putAccount(String customerId, boolean billingEnabled, Long creditLimit) {
    JsonObject body = new JsonObject().put("billingEnabled", billingEnabled);
    if (creditLimit != null) {
      body.put("creditLimit", eur(creditLimit));
    }
    return client.send("PUT", BASE + "/customers/" + customerId + "/account", body.encode(), Map.of());
  }

  /** A customer who may order on account, without a credit limit. */
  String billableCustomer(String firstName, String lastName) {
    String id = customer(firstName, lastName);
    putAccount(id, true, null).expect(200);
    return id;
  }

  Response charge(String customerId, long amount, String orderReference) {
    return charge(customerId, new JsonObject().put("amount", eur(amount)).put("description", "Order " + orderReference)
        .put("orderReference", orderReference), Map.of());
  }

  Response charge(String customerId, JsonObject body, Map<String, String> headers) {
    return client.post(BASE + "/customers/" + customerId + "/charges", body, headers);
  }

  /** A charge of 10.00 EUR that occurred at {@code occurredAt} (sent as given). */
  Response chargeAt(String customerId, String occurredAt) {
    return charge(customerId, new JsonObject().put("amount", eur(1000)).put("description", "Dinner")
        .put("orderReference", ref()).put("occurredAt", occurredAt), Map.of());
  }

  Response getCharge(String chargeId) {
    return client.get(BASE + "/charges/" + chargeId);
  }

  Response cancel(String chargeId, String reason) {
    return cancel(chargeId, new JsonObject().put("reason", reason), Map.of());
  }

  Response cancel(String chargeId, JsonObject body, Map<String, String> headers) {
    return client.post(BASE + "/charges/" + chargeId + "/cancel", body, headers);
  }

  /** A fresh order reference, unique across the whole test run. */
  static String ref() {
    return "POS-" + UUID.randomUUID();
  }

  Response invoice(String customerId) {
    return client.post(BASE + "/invoices", new JsonObject().put("customerId", customerId));
  }

  Response invoice(JsonObject body) {
    return client.post(BASE + "/invoices", body);
  }

  Response getInvoice(String invoiceId) {
    return client.get(BASE + "/invoices/" + invoiceId);
  }

  Response pay(String invoiceId, long amount, String idempotencyKey) {
    JsonObject body = new JsonObject().put("amount", eur(amount)).put("method", "CARD").put("reference", "TX-1");
    return client.post(BASE + "/invoices/" + invoiceId + "/payments", body,
        idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
  }

  Response payAt(String invoiceId, long amount, String receivedAt) {
    JsonObject body = new JsonObject().put("amount", eur(amount)).put("method", "CASH").put("receivedAt", receivedAt);
    return client.post(BASE + "/invoices/" + invoiceId + "/payments", body);
  }

  Response voidInvoice(String invoiceId) {
    return client.post(BASE + "/invoices/" + invoiceId + "/void", null);
  }

  JsonObject balance(String customerId) {
    return client.get(BASE + "/customers/" + customerId + "/balance").expect(200).json();
  }

  List<JsonObject> charges(String customerId, String query) {
    return client.get(BASE + "/customers/" + customerId + "/charges" + query).expect(200).items();
  }

  static long amount(JsonObject json, String field) {
    return json.getJsonObject(field).getLong("amount");
  }

  /** A charge rung up as {@code lines} ({@code [description, quantity, unit price, tax rate]}; rate may be null). */
  Response chargeLines(String customerId, Object[]... lines) {
    io.vertx.core.json.JsonArray array = new io.vertx.core.json.JsonArray();
    for (Object[] line : lines) {
      JsonObject json = new JsonObject().put("description", line[0]).put("quantity", line[1])
          .put("unitPrice", new JsonObject().put("amount", line[2]));
      if (line[3] != null) {
        json.put("taxRate", line[3]);
      }
      array.add(json);
    }
    return charge(customerId, new JsonObject().put("description", "Order").put("orderReference", ref())
        .put("lines", array), Map.of());
  }

  Response creditNote(String invoiceId, JsonObject body) {
    return client.post(BASE + "/invoices/" + invoiceId + "/credit-notes", body);
  }

  Response remind(String invoiceId, String level) {
    return client.post(BASE + "/invoices/" + invoiceId + "/reminders",
        level == null ? new JsonObject() : new JsonObject().put("level", level));
  }

  Response pdf(String path) {
    return client.get(BASE + path, Map.of("Accept", "application/pdf")).expect(200);
  }
}
