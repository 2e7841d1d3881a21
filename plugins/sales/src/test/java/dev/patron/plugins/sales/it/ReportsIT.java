package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.eur;
import static dev.patron.plugins.sales.it.SalesApi.line;
import static dev.patron.plugins.sales.it.SalesApi.receipt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The restaurant's reports: its best customers in a period, and new against returning ones per month. */
class ReportsIT {

  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  /** Noon in Vienna on the 10th of the month {@code months} before this one. */
  private static String monthsAgo(int months) {
    return YearMonth.now(VIENNA).minusMonths(months).atDay(10).atTime(LocalTime.NOON).atZone(VIENNA).toInstant().toString();
  }

  @Test
  void topCustomersByNetSpendInAPeriod() {
    SalesApi api = new SalesApi(patron.newTenant());
    String ana = api.customer("Ana", "Top");
    String ben = api.customer("Ben", "Top");
    String cleo = api.customer("Cleo", "Top");
    api.recorded(receipt(ana, line("WINE", 2, 3900, 20)).put("closedAt", monthsAgo(1)));
    String bens = api.recorded(receipt(ben, line("WINE", 3, 3900, 20)).put("closedAt", monthsAgo(1))).getString("id");
    api.refund(bens, SalesApi.refundLines(1, 2)).expect(201);
    api.recorded(receipt(cleo, line("TEA", 1, 300, 10)).put("closedAt", monthsAgo(1)));
    api.recorded(receipt(cleo, line("WINE", 10, 3900, 20)).put("closedAt", monthsAgo(4)));
    api.recorded(receipt(null, line("WINE", 50, 3900, 20)).put("closedAt", monthsAgo(1)));

    YearMonth month = YearMonth.now(VIENNA).minusMonths(1);
    String period = "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
    List<JsonObject> top = pages(api, SalesApi.BASE + "/reports/top-customers?" + period, 2);
    assertEquals(List.of(ana, ben, cleo), top.stream().map(c -> c.getString("customerId")).toList(),
        "by net spend; walk-in guests are in no report");
    assertEquals(new JsonObject().put("customerId", ben).put("visits", 1).put("spend", eur(11_700))
        .put("refunds", eur(7_800)).put("netSpend", eur(3_900)), top.get(1));

    assertEquals(List.of("to: must be at most 730 days after from"), api.client()
        .get(SalesApi.BASE + "/reports/top-customers?from=2024-01-01&to=2026-01-01").expect(400).fieldErrors());
    assertEquals(List.of("from: is required", "to: is required"),
        api.client().get(SalesApi.BASE + "/reports/top-customers").expect(400).fieldErrors());
  }

  @Test
  void newAndReturningCustomersPerMonth() {
    SalesApi api = new SalesApi(patron.newTenant());
    String ana = api.customer("Ana", "Months");
    String ben = api.customer("Ben", "Months");
    api.recorded(receipt(ana, line("TEA", 1, 300, 10)).put("closedAt", monthsAgo(3)));
    api.recorded(receipt(ana, line("TEA", 1, 300, 10)).put("closedAt", monthsAgo(1)));
    api.recorded(receipt(ana, line("TEA", 1, 300, 10)).put("closedAt", monthsAgo(1)));
    api.recorded(receipt(ben, line("TEA", 1, 300, 10)).put("closedAt", monthsAgo(1)));

    YearMonth now = YearMonth.now(VIENNA);
    JsonObject report = api.client().get(SalesApi.BASE + "/reports/new-vs-returning?from=" + now.minusMonths(3)
        + "&to=" + now.minusMonths(1)).expect(200).json();
    assertEquals(new JsonArray()
        .add(month(now.minusMonths(3), 1, 0))
        .add(month(now.minusMonths(2), 0, 0))
        .add(month(now.minusMonths(1), 1, 1)), report.getJsonArray("months"));

    assertEquals(List.of("to: must not be before from"), api.client()
        .get(SalesApi.BASE + "/reports/new-vs-returning?from=2026-05&to=2026-04").expect(400).fieldErrors());
    assertEquals(List.of("to: must be at most 35 months after from"), api.client()
        .get(SalesApi.BASE + "/reports/new-vs-returning?from=2020-01&to=2023-01").expect(400).fieldErrors());
    assertEquals(List.of("from: must be a month from 2000-01 to 2099-12, such as 2026-01"), api.client()
        .get(SalesApi.BASE + "/reports/new-vs-returning?from=" + LocalDate.now() + "&to=2026-04").expect(400).fieldErrors());
  }

  private static JsonObject month(YearMonth month, long fresh, long returning) {
    return new JsonObject().put("month", month.toString()).put("newCustomers", fresh)
        .put("returningCustomers", returning).put("customers", fresh + returning);
  }

  private static List<JsonObject> pages(SalesApi api, String path, int pageSize) {
    List<JsonObject> all = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = api.client().get(path + "&limit=" + pageSize + (cursor == null ? "" : "&cursor=" + cursor))
          .expect(200).json();
      page.getJsonArray("items").forEach(item -> all.add((JsonObject) item));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return all;
  }
}
