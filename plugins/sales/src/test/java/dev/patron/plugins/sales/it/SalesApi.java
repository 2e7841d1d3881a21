package dev.patron.plugins.sales.it;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The plugin's HTTP API as the integration tests drive it: one restaurant's client, and receipts to post. */
final class SalesApi {

  static final String BASE = "/api/v1/plugins/sales";
  static final String TRANSACTIONS = BASE + "/transactions";

  private final PatronClient client;

  SalesApi(TestTenant tenant) {
    this.client = tenant.client();
  }

  /** The shared server of the plugin's integration tests, with this build's plugin jar (prices include tax). */
  static PatronExtension server() {
    return PatronExtension.builder()
        .pluginsFromProperty("patron.plugin.jar")
        .enable("sales", new JsonObject())
        .build();
  }

  PatronClient client() {
    return client;
  }

  static JsonObject eur(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }

  String customer(String firstName, String lastName) {
    return client.post("/api/v1/customers", new JsonObject().put("firstName", firstName).put("lastName", lastName))
        .expect(201).json().getString("id");
  }

  static JsonObject line(String productId, Object quantity, long unitPrice, int taxRate) {
    return new JsonObject().put("productId", productId).put("name", "Product " + productId).put("quantity", quantity)
        .put("unitPrice", eur(unitPrice)).put("taxRate", taxRate);
  }

  /**
   * A receipt that adds up with prices including tax: the lines, no discount, the total paid by
   * card, the tax of each rate taken as 10 % of the lines at that rate (not checked beyond its rate).
   */
  static JsonObject receipt(String customerId, JsonObject... lines) {
    long total = 0;
    Map<Integer, Long> byRate = new TreeMap<>();
    for (JsonObject line : lines) {
      long price = new BigDecimal(line.getValue("quantity").toString())
          .multiply(BigDecimal.valueOf(line.getJsonObject("unitPrice").getLong("amount")))
          .setScale(0, RoundingMode.HALF_UP).longValueExact();
      long amount = price - (line.containsKey("lineDiscount") ? line.getJsonObject("lineDiscount").getLong("amount") : 0);
      total += amount;
      byRate.merge(line.getInteger("taxRate"), amount / 10, Long::sum);
    }
    JsonArray taxes = new JsonArray();
    byRate.forEach((rate, tax) -> {
      if (rate > 0) {
        taxes.add(new JsonObject().put("rate", rate).put("amount", eur(tax)));
      }
    });
    JsonObject receipt = new JsonObject()
        .put("receiptId", "R-" + UUID.randomUUID())
        .put("closedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
        .put("lines", new JsonArray(List.of((Object[]) lines)))
        .put("taxes", taxes)
        .put("total", eur(total))
        .put("payments", new JsonArray().add(new JsonObject().put("method", "CARD").put("amount", eur(total))));
    if (customerId != null) {
      receipt.put("customerId", customerId);
    }
    return receipt;
  }

  Response post(JsonObject receipt) {
    return client.post(TRANSACTIONS, receipt);
  }

  JsonObject recorded(JsonObject receipt) {
    return post(receipt).expect(201).json();
  }

  Response transaction(String id) {
    return client.get(TRANSACTIONS + "/" + id);
  }

  Response refund(String transactionId, JsonObject body) {
    return client.post(TRANSACTIONS + "/" + transactionId + "/refunds", body);
  }

  Response refund(String transactionId, JsonObject body, String idempotencyKey) {
    return client.post(TRANSACTIONS + "/" + transactionId + "/refunds", body, Map.of("Idempotency-Key", idempotencyKey));
  }

  static JsonObject refundLines(Object... lineAndQuantity) {
    JsonArray lines = new JsonArray();
    for (int i = 0; i < lineAndQuantity.length; i += 2) {
      JsonObject line = new JsonObject().put("lineNumber", lineAndQuantity[i]);
      if (lineAndQuantity[i + 1] != null) {
        line.put("quantity", lineAndQuantity[i + 1]);
      }
      lines.add(line);
    }
    return new JsonObject().put("lines", lines);
  }

  JsonObject statistics(String customerId) {
    return client.get(BASE + "/customers/" + customerId + "/statistics").expect(200).json();
  }

  /** Every transaction of a customer, newest first, page by page. */
  List<JsonObject> history(String customerId, String query, int pageSize) {
    List<JsonObject> all = new ArrayList<>();
    String cursor = null;
    do {
      String path = BASE + "/customers/" + customerId + "/transactions?limit=" + pageSize
          + (query.isEmpty() ? "" : "&" + query) + (cursor == null ? "" : "&cursor=" + cursor);
      JsonObject page = client.get(path).expect(200).json();
      page.getJsonArray("items").forEach(item -> all.add((JsonObject) item));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return all;
  }

  static long amount(JsonObject json, String field) {
    return json.getJsonObject(field).getLong("amount");
  }
}
