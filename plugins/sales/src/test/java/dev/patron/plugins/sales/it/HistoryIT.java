package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.amount;
import static dev.patron.plugins.sales.it.SalesApi.eur;
import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static dev.patron.plugins.sales.it.SalesApi.refundLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A customer's receipts and products as the back office pages through them. */
class HistoryIT {

  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  private static LocalDate today() {
    return LocalDate.now(VIENNA);
  }

  /** Noon in Vienna, {@code days} before the restaurant's today. */
  private static String daysAgo(int days) {
    return today().minusDays(days).atTime(LocalTime.NOON).atZone(VIENNA).toInstant().toString();
  }

  @Test
  void newestFirstPageByPageFilteredByPeriodAndLocation() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Ana", "Berger");
    List<JsonObject> sales = new ArrayList<>();
    int[] days = {400, 1, 40, 10, 200, 3, 100};
    for (int i = 0; i < days.length; i++) {
      sales.add(api.recorded(receipt(customer, line("TEA", 1, 300 + i, 10), line("CAKE", 1, 450, 10))
          .put("closedAt", daysAgo(days[i])).put("location", i % 2 == 0 ? "Vienna 1" : "Graz")));
    }
    api.recorded(receipt(null, line("TEA", 1, 300, 10)));
    String other = api.customer("Ben", "Ober");
    api.recorded(receipt(other, line("TEA", 1, 300, 10)));
    api.refund(sales.get(1).getString("id"), refundLines(2, null)).expect(201);

    List<String> newestFirst = sales.stream().sorted(Comparator.comparing((JsonObject s) -> s.getString("closedAt"))
        .reversed()).map(s -> s.getString("id")).toList();
    List<JsonObject> all = api.history(customer, "", 3);
    assertEquals(newestFirst, all.stream().map(s -> s.getString("id")).toList());
    JsonObject latest = all.get(0);
    assertEquals(2, latest.getInteger("lineCount"));
    assertEquals(eur(450), latest.getJsonObject("refunded"));
    assertEquals(sales.get(1).getString("receiptId"), latest.getString("receiptId"));
    assertNull(latest.getValue("lines"), "a history entry is a summary");

    String period = "from=" + today().minusDays(45) + "&to=" + today().minusDays(2);
    assertEquals(List.of(sales.get(5).getString("id"), sales.get(3).getString("id"), sales.get(2).getString("id")),
        api.history(customer, period, 2).stream().map(s -> s.getString("id")).toList(), "3, 10 and 40 days ago");
    assertEquals(List.of(sales.get(2).getString("id")),
        api.history(customer, period + "&location=Vienna%201", 50).stream().map(s -> s.getString("id")).toList());
    assertEquals(4, api.history(customer, "location=Vienna%201", 1).size());
    assertEquals(List.of(), api.history(customer, "location=Linz", 50));
    assertEquals(1, api.history(customer, "from=" + today().minusDays(1) + "&to=" + today().minusDays(1), 50).size(),
        "a one-day period");
  }

  @Test
  void badFiltersAndUnknownCustomersAreRefused() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Cleo", "Nau");
    String base = SalesApi.BASE + "/customers/" + customer;
    assertEquals(List.of("from: must be a date from 2000-01-01 to 2099-12-31, such as 2026-01-31"),
        api.client().get(base + "/transactions?from=2026-13-01").expect(400).fieldErrors());
    assertEquals(List.of("to: must not be before from"),
        api.client().get(base + "/transactions?from=2026-02-01&to=2026-01-31").expect(400).fieldErrors());
    assertEquals(List.of("location: must be at most 100 characters"),
        api.client().get(base + "/transactions?location=" + "x".repeat(101)).expect(400).fieldErrors());
    assertEquals(List.of("sort: must be quantity or spend"),
        api.client().get(base + "/products?sort=price").expect(400).fieldErrors());
    api.client().get(base + "/transactions?cursor=bm90LW91cnM").expect(400);
    api.client().get(base + "/transactions?colour=red").expect(400);
    api.client().get(SalesApi.BASE + "/customers/" + UUID.randomUUID() + "/transactions").expect(404);
    api.client().get(SalesApi.BASE + "/customers/not-an-id/products").expect(404);
  }

  @Test
  void productsByQuantityAndBySpendNetOfRefunds() {
    SalesApi api = new SalesApi(patron.newTenant());
    String customer = api.customer("Dora", "Weiss");
    api.recorded(receipt(customer, line("TEA", 3, 300, 10), line("CHEESE", 0.375, 1990, 10))
        .put("closedAt", daysAgo(20)));
    JsonObject second = api.recorded(receipt(customer, line("TEA", 2, 300, 10), line("WINE", 1, 3900, 20))
        .put("closedAt", daysAgo(5)));
    JsonObject renamed = line("TEA", 1, 320, 10).put("name", "Green tea").put("category", "Drinks");
    api.recorded(receipt(customer, renamed).put("closedAt", daysAgo(1)));
    api.refund(second.getString("id"), refundLines(1, 1)).expect(201);

    List<JsonObject> byQuantity = products(api, customer, "", 1);
    assertEquals(List.of("TEA", "WINE", "CHEESE"), byQuantity.stream().map(p -> p.getString("productId")).toList());
    JsonObject tea = byQuantity.get(0);
    assertEquals(5, tea.getInteger("quantity"), "3 + 2 + 1, less 1 refunded");
    assertEquals(eur(900 + 300 + 320), tea.getJsonObject("spend"));
    assertEquals(3, tea.getInteger("transactions"));
    assertEquals("Green tea", tea.getString("name"), "as on the latest receipt");
    assertEquals("Drinks", tea.getString("category"));
    assertEquals(0.375, byQuantity.get(2).getDouble("quantity"));

    assertEquals(List.of("WINE", "TEA", "CHEESE"), products(api, customer, "sort=spend", 2).stream()
        .map(p -> p.getString("productId")).toList());
    assertEquals(List.of("TEA", "WINE"), products(api, customer, "from=" + today().minusDays(10), 50).stream()
        .map(p -> p.getString("productId")).toList(), "only the receipts of the last ten days");

    long spend = products(api, customer, "", 50).stream().mapToLong(p -> amount(p, "spend")).sum();
    assertEquals(amount(api.statistics(customer), "netSpend"), spend, "the products add up to the net spend");
  }

  private static List<JsonObject> products(SalesApi api, String customer, String query, int pageSize) {
    List<JsonObject> all = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = api.client().get(SalesApi.BASE + "/customers/" + customer + "/products?limit=" + pageSize
          + (query.isEmpty() ? "" : "&" + query) + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
      page.getJsonArray("items").forEach(item -> all.add((JsonObject) item));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return all;
  }
}
