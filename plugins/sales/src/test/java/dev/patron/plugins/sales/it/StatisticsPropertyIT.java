package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.SalesApi.amount;
import static dev.patron.plugins.sales.it.SalesApi.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The property: whatever sequence of sales and refunds a restaurant goes through, each customer's
 * statistics equal a recomputation from what was sold and refunded ({@link SalesModel}), and the
 * maintenance route finds no drift. Seeded random sequences, many cases; a failure names its seed
 * ({@code -Dsales.property.seed=} repeats one).
 */
class StatisticsPropertyIT {

  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
  private static final String[] PRODUCTS = {"TEA", "CAKE", "CHEESE", "WINE", "SOUP"};
  private static final String[] LOCATIONS = {null, "Vienna 1", "Graz", "Linz"};
  private static final int[] RATES = {0, 10, 20};
  private static final int CASES = Integer.getInteger("sales.property.cases", 25);
  private static final int STEPS = Integer.getInteger("sales.property.steps", 60);

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  @Test
  void statisticsEqualARecomputationFromHistory() {
    Long only = Long.getLong("sales.property.seed");
    long first = only != null ? only : 20261201L;
    for (long seed = first; seed < first + (only != null ? 1 : CASES); seed++) {
      runCase(seed);
    }
  }

  private static void runCase(long seed) {
    Random random = new Random(seed);
    SalesApi api = new SalesApi(patron.newTenant());
    List<String> customers = List.of(api.customer("Ana", "Seed" + seed), api.customer("Ben", "Seed" + seed),
        api.customer("Cleo", "Seed" + seed));
    String[] profiles = {null, UUID.randomUUID().toString(), UUID.randomUUID().toString()};
    SalesModel model = new SalesModel();
    for (int step = 0; step < STEPS; step++) {
      String where = "seed " + seed + ", step " + step;
      if (model.receipts.isEmpty() || random.nextInt(100) < 60) {
        sell(api, model, random, customers, profiles, where);
      } else {
        refund(api, model, random, where);
      }
    }
    for (String customer : customers) {
      JsonObject actual = api.statistics(customer);
      LocalDate asOf = LocalDate.parse(actual.getString("asOf"));
      assertEquals(expectedJson(customer, model.expected(customer, asOf), asOf), actual, "seed " + seed);
      assertEquals(actual.getLong("visits"), (long) api.history(customer, "", 7).size(), "seed " + seed);
    }
    assertNoDrift(api, seed);
  }

  private static void sell(SalesApi api, SalesModel model, Random random, List<String> customers, String[] profiles,
      String where) {
    String customer = random.nextInt(100) < 15 ? null : customers.get(random.nextInt(customers.size()));
    Instant closedAt = Instant.now().minus(random.nextInt(400), ChronoUnit.DAYS)
        .minusSeconds(60 + random.nextInt(86_400)).truncatedTo(ChronoUnit.SECONDS);
    JsonArray lines = new JsonArray();
    List<BigDecimal> quantities = new ArrayList<>();
    Map<Integer, Long> byRate = new TreeMap<>();
    long sum = 0;
    for (int i = 0, count = 1 + random.nextInt(4); i < count; i++) {
      BigDecimal quantity = random.nextInt(10) < 3
          ? BigDecimal.valueOf(1 + random.nextInt(2_500), 3)
          : BigDecimal.valueOf(1 + random.nextInt(4));
      long unitPrice = random.nextInt(10) == 0 ? 0 : random.nextInt(5_000);
      long price = quantity.multiply(BigDecimal.valueOf(unitPrice)).setScale(0, RoundingMode.HALF_UP).longValueExact();
      long discount = random.nextInt(5) == 0 ? random.nextInt((int) price + 1) : 0;
      int rate = RATES[random.nextInt(RATES.length)];
      JsonObject line = SalesApi.line(PRODUCTS[random.nextInt(PRODUCTS.length)], quantity, unitPrice, rate);
      if (discount > 0) {
        line.put("lineDiscount", eur(discount));
      }
      lines.add(line);
      quantities.add(quantity);
      sum += price - discount;
      byRate.merge(rate, (price - discount) / 11, Long::sum);
    }
    long orderDiscount = sum > 1 && random.nextInt(4) == 0 ? 1 + random.nextInt((int) (sum / 2)) : 0;
    long service = random.nextInt(5) == 0 ? random.nextInt(500) : 0;
    long tip = random.nextInt(3) == 0 ? random.nextInt(800) : 0;
    long total = sum - orderDiscount + service;
    JsonArray taxes = new JsonArray();
    byRate.forEach((rate, tax) -> {
      if (rate > 0) {
        taxes.add(new JsonObject().put("rate", rate).put("amount", eur(tax)));
      }
    });
    JsonObject body = new JsonObject()
        .put("receiptId", "P-" + UUID.randomUUID())
        .put("customerId", customer)
        .put("closedAt", closedAt.toString())
        .put("location", LOCATIONS[random.nextInt(LOCATIONS.length)])
        .put("orderProfileId", profiles[random.nextInt(profiles.length)])
        .put("lines", lines)
        .put("taxes", taxes)
        .put("total", eur(total))
        .put("payments", payments(random, total + tip));
    if (orderDiscount > 0) {
      body.put("discounts", new JsonArray().add(new JsonObject().put("amount", eur(orderDiscount))));
    }
    if (service > 0) {
      body.put("serviceCharge", eur(service));
    }
    if (tip > 0) {
      body.put("tip", eur(tip));
    }
    JsonObject recorded = api.post(body).expect(201).json();
    List<Long> shares = new ArrayList<>();
    recorded.getJsonArray("lines").forEach(line -> shares.add(amount((JsonObject) line, "totalShare")));
    assertEquals(total, shares.stream().mapToLong(Long::longValue).sum(), where + ": the shares add up to the total");
    model.receipts.add(new SalesModel.Receipt(recorded.getString("id"), customer, closedAt,
        LocalDate.ofInstant(closedAt, VIENNA), body.getString("location"), body.getString("orderProfileId"), total, tip,
        quantities, shares));
  }

  private static JsonArray payments(Random random, long due) {
    JsonArray payments = new JsonArray();
    String[] methods = {"CASH", "CARD", "GIFT_CARD", "ON_ACCOUNT", "OTHER"};
    long left = due;
    while (left > 0) {
      long part = payments.size() < 2 && left > 1 && random.nextBoolean() ? 1 + random.nextInt((int) Math.min(left - 1, 1_000_000)) : left;
      payments.add(new JsonObject().put("method", methods[random.nextInt(methods.length)]).put("amount", eur(part)));
      left -= part;
    }
    return payments;
  }

  private static void refund(SalesApi api, SalesModel model, Random random, String where) {
    SalesModel.Receipt receipt = model.receipts.get(random.nextInt(model.receipts.size()));
    if (random.nextInt(10) < 3) {
      Response answer = api.refund(receipt.id, new JsonObject());
      if (receipt.fullyRefunded()) {
        answer.expect(422);
        return;
      }
      JsonObject refund = answer.expect(201).json();
      assertEquals(receipt.total - receipt.refunded, amount(refund, "amount"), where);
      assertEquals(receipt.tip - receipt.refundedTip, amount(refund, "tip"), where);
      receipt.refundRest();
      return;
    }
    int line = random.nextInt(receipt.quantities.size());
    BigDecimal left = receipt.left(line);
    BigDecimal quantity = random.nextInt(4) == 0 ? null
        : BigDecimal.valueOf(1 + random.nextInt(receipt.quantities.get(line).movePointRight(3).intValueExact() + 200), 3);
    BigDecimal asked = quantity == null ? left : quantity;
    Response answer = api.refund(receipt.id, SalesApi.refundLines(line + 1, quantity));
    if (left.signum() == 0 || asked.compareTo(left) > 0) {
      assertEquals("https://patron.dev/problems/refund-exceeds-sale", answer.expect(422).json().getString("type"), where);
      return;
    }
    JsonObject refund = answer.expect(201).json();
    long expected = receipt.lineRefund(line, asked);
    assertEquals(expected, amount(refund, "amount"), where + ": the documented rounding");
    receipt.refundLine(line, asked, expected);
    assertTrue(receipt.refunded <= receipt.total, where);
  }

  private static JsonObject expectedJson(String customer, SalesModel.Expected e, LocalDate asOf) {
    long net = e.spend() - e.refunds();
    return new JsonObject()
        .put("customerId", customer)
        .put("visits", e.visits())
        .put("totalSpend", eur(e.spend()))
        .put("totalRefunds", eur(e.refunds()))
        .put("netSpend", eur(net))
        .put("averageTicket", e.visits() == 0 ? null : eur(BigDecimal.valueOf(net)
            .divide(BigDecimal.valueOf(e.visits()), 0, RoundingMode.HALF_UP).longValueExact()))
        .put("totalTips", eur(e.tips()))
        .put("firstVisitAt", e.first() == null ? null : e.first().toString())
        .put("lastVisitAt", e.last() == null ? null : e.last().toString())
        .put("spendLast30Days", eur(e.last30()))
        .put("spendLast90Days", eur(e.last90()))
        .put("spendLast365Days", eur(e.last365()))
        .put("favouriteOrderProfileId", e.favouriteProfile())
        .put("favouriteLocation", e.favouriteLocation())
        .put("asOf", asOf.toString());
  }

  /** The maintenance route, batch by batch, finds every customer's statistics as they should be. */
  private static void assertNoDrift(SalesApi api, long seed) {
    int checked = 0;
    String cursor = null;
    do {
      JsonObject body = new JsonObject().put("checkOnly", true).put("limit", 2);
      if (cursor != null) {
        body.put("cursor", cursor);
      }
      JsonObject report = api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild", body).expect(200).json();
      assertEquals(new JsonArray(), report.getJsonArray("drifted"), "seed " + seed);
      checked += report.getInteger("checked");
      cursor = report.getString("nextCursor");
    } while (cursor != null);
    assertTrue(checked <= 3, "seed " + seed);
  }
}
