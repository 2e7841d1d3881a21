package dev.patron.plugins.discounts.it;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The calls the tests make, as one restaurant. */
record DiscountsApi(TestTenant tenant) {

  static final String BASE = "/api/v1/plugins/discounts";
  static final String DISCOUNTS = BASE + "/discounts";

  PatronClient http() {
    return tenant.client();
  }

  static JsonObject percentBody(String code, double percentage) {
    return new JsonObject().put("name", "Discount " + code).put("code", code).put("percentage", percentage);
  }

  static JsonObject fixedBody(String code, long amount) {
    return new JsonObject().put("name", "Voucher " + code).put("code", code)
        .put("fixedAmount", new JsonObject().put("amount", amount).put("currency", "EUR"));
  }

  static String fromNow(Duration offset) {
    return Instant.now().plus(offset).toString();
  }

  static JsonObject eur(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }

  JsonObject createDiscount(JsonObject body) {
    return http().post(DISCOUNTS, body).expect(201).json();
  }

  String discount(String code, double percentage) {
    return createDiscount(percentBody(code, percentage)).getString("id");
  }

  JsonObject getDiscount(String id) {
    return http().get(DISCOUNTS + "/" + id).expect(200).json();
  }

  Response patchDiscount(String id, JsonObject patch) {
    return http().patch(DISCOUNTS + "/" + id, patch);
  }

  Response deleteDiscount(String id, String query) {
    return http().delete(DISCOUNTS + "/" + id + query);
  }

  Response postCustomer(String lastName, String discountId) {
    JsonObject body = new JsonObject().put("firstName", "Test").put("lastName", lastName);
    if (discountId != null) {
      body.put("extensions", new JsonObject().put("discounts", new JsonObject().put("defaultDiscountId", discountId)));
    }
    return http().post("/api/v1/customers", body);
  }

  String customer(String lastName, String discountId) {
    return postCustomer(lastName, discountId).expect(201).json().getString("id");
  }

  JsonObject getCustomer(String id) {
    return http().get("/api/v1/customers/" + id).expect(200).json();
  }

  Response setDefault(String customerId, String discountId) {
    Object namespace = discountId == null ? null : new JsonObject().put("defaultDiscountId", discountId);
    return http().patch("/api/v1/customers/" + customerId,
        new JsonObject().put("extensions", new JsonObject().put("discounts", namespace)));
  }

  /** The customer's default discount id, or null. */
  String defaultOf(String customerId) {
    JsonObject namespace = getCustomer(customerId).getJsonObject("extensions").getJsonObject("discounts");
    return namespace == null ? null : namespace.getString("defaultDiscountId");
  }

  List<String> customersUsing(String discountId) {
    return http().get(DISCOUNTS + "/" + discountId + "/customers").expect(200).items().stream()
        .map(item -> item.getString("customerId")).sorted().toList();
  }

  /** A quote for {@code customerId}, or for a walk-in guest when it is {@code null}. */
  Response quote(String customerId, long subtotal, String code) {
    JsonObject body = new JsonObject().put("subtotal", eur(subtotal));
    if (customerId != null) {
      body.put("customerId", customerId);
    }
    if (code != null) {
      body.put("code", code);
    }
    return http().post(BASE + "/quote", body);
  }
}
