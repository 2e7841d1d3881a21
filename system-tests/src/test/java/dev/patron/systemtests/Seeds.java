package dev.patron.systemtests;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One restaurant with one of everything, so that probes reach each route's deepest checks with
 * real ids instead of stopping at a 404: a customer on account, a gift card, an order profile, a
 * discount, a charge, an invoice, a payment and a sale.
 */
final class Seeds {

  static final String PLUGINS = "/api/v1/plugins/";

  private final TestTenant tenant;
  private final String adminToken;
  private final Map<String, String> ids = new LinkedHashMap<>();
  private final String revokedKey;

  private Seeds(TestTenant tenant, String adminToken, String revokedKey) {
    this.tenant = tenant;
    this.adminToken = adminToken;
    this.revokedKey = revokedKey;
  }

  static Seeds plant(PatronExtension patron) {
    TestTenant tenant = patron.newTenant();
    PatronClient admin = patron.admin();
    JsonObject revoked = admin.post("/api/v1/admin/tenants/" + tenant.id() + "/api-keys",
        new JsonObject().put("name", "revoked")).expect(201).json();
    admin.delete("/api/v1/admin/tenants/" + tenant.id() + "/api-keys/" + revoked.getString("id")).expect(204);
    Seeds seeds = new Seeds(tenant, patron.server().adminToken(), revoked.getString("key"));
    seeds.ids.put("tenantId", tenant.id());
    seeds.ids.put("keyId", revoked.getString("id"));
    seeds.ids.put("pluginId", "gift-cards");
    seeds.ids.put("eventId", UUID.randomUUID().toString());
    seeds.create(tenant.client());
    return seeds;
  }

  private void create(PatronClient api) {
    String customer = api.post("/api/v1/customers", new JsonObject().put("firstName", "Fuzz").put("lastName", "Target")
        .put("email", "fuzz@example.com")).expect(201).json().getString("id");
    ids.put("customerId", customer);
    api.put(PLUGINS + "invoicing/customers/" + customer + "/account", new JsonObject().put("billingEnabled", true))
        .expect(200);
    ids.put("cardId", api.post(PLUGINS + "gift-cards/cards", new JsonObject().put("type", "DIGITAL")
        .put("initialAmount", eur(5000))).expect(201).json().getString("id"));
    ids.put("profileId", api.post(PLUGINS + "order-profiles/profiles", new JsonObject().put("name", "Terrace")
        .put("code", "TERRACE").put("mode", "DINE_IN")).expect(201).json().getString("id"));
    ids.put("discountId", api.post(PLUGINS + "discounts/discounts", new JsonObject().put("name", "Staff")
        .put("code", "STAFF").put("percentage", 10)).expect(201).json().getString("id"));
    ids.put("chargeId", charge(api, customer, "ORDER-1"));
    charge(api, customer, "ORDER-2");
    String invoice = api.post(PLUGINS + "invoicing/invoices", new JsonObject().put("customerId", customer))
        .expect(201).json().getString("id");
    ids.put("invoiceId", invoice);
    ids.put("paymentId", api.post(PLUGINS + "invoicing/invoices/" + invoice + "/payments", new JsonObject()
        .put("amount", eur(100)).put("method", "CASH")).expect(201).json().getString("id"));
    // A pending charge after the invoice, so that cancelling one is a real possibility.
    ids.put("chargeId", charge(api, customer, "ORDER-3"));
    ids.put("transactionId", sale(api, customer));
  }

  /** Two teas and a cake, part of it refunded, so that a refund has something left to refund. */
  private String sale(PatronClient api, String customer) {
    JsonObject tea = new JsonObject().put("productId", "TEA").put("name", "Tea").put("quantity", 2)
        .put("unitPrice", eur(300)).put("taxRate", 10);
    JsonObject cake = new JsonObject().put("productId", "CAKE").put("name", "Cake").put("quantity", 1)
        .put("unitPrice", eur(450)).put("taxRate", 10);
    String id = api.post(PLUGINS + "sales/transactions", new JsonObject()
            .put("receiptId", "FUZZ-SEED-1")
            .put("customerId", customer)
            .put("closedAt", Instant.now().minus(3, ChronoUnit.HOURS).toString())
            .put("location", "Terrace")
            .put("orderProfileId", ids.get("profileId"))
            .put("lines", new JsonArray().add(tea).add(cake))
            .put("discounts", new JsonArray().add(new JsonObject()
                .put("discountId", ids.get("discountId")).put("amount", eur(100))))
            .put("taxes", new JsonArray().add(new JsonObject().put("rate", 10).put("amount", eur(86))))
            .put("total", eur(950))
            .put("payments", new JsonArray().add(new JsonObject().put("method", "GIFT_CARD")
                .put("amount", eur(950)))))
        .expect(201).json().getString("id");
    api.post(PLUGINS + "sales/transactions/" + id + "/refunds", new JsonObject().put("lines",
        new JsonArray().add(new JsonObject().put("lineNumber", 1).put("quantity", 1)))).expect(201);
    return id;
  }

  private static String charge(PatronClient api, String customer, String order) {
    return api.post(PLUGINS + "invoicing/customers/" + customer + "/charges", new JsonObject()
        .put("amount", eur(1250)).put("description", "Dinner").put("orderReference", order)
        .put("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString())).expect(201).json().getString("id");
  }

  private static JsonObject eur(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }

  String id(String name) {
    return ids.get(name);
  }

  Map<String, String> ids() {
    return ids;
  }

  /** The template with every path parameter replaced by a seeded id. */
  String fill(String template) {
    return fill(template, null, null);
  }

  /** The template with {@code parameter} replaced by {@code value} and the others by seeded ids. */
  String fill(String template, String parameter, String value) {
    String path = template;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace("{" + id.getKey() + "}", id.getKey().equals(parameter) ? value : id.getValue());
    }
    if (parameter != null && !ids.containsKey(parameter)) {
      path = path.replace("{" + parameter + "}", value);
    }
    return path.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
  }

  TestTenant tenant() {
    return tenant;
  }

  String tenantKey() {
    return tenant.apiKey();
  }

  String adminToken() {
    return adminToken;
  }

  String revokedKey() {
    return revokedKey;
  }

  /** A valid token of the other kind than {@code auth} carries: tenant key for admin routes and back. */
  String otherToken(Map<String, String> auth) {
    return auth.get("Authorization").endsWith(adminToken) ? tenantKey() : adminToken;
  }
}
