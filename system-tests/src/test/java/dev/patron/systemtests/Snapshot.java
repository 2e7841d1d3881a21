package dev.patron.systemtests;

import dev.patron.testkit.PatronClient;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a restaurant and its host can read about the seeded data, as the API shows it: two
 * equal snapshots mean no request in between wrote anything visible, events included.
 */
final class Snapshot {

  private Snapshot() {
  }

  static Map<String, String> of(PatronClient tenant, PatronClient admin, Seeds seeds) {
    String p = Seeds.PLUGINS;
    String customer = seeds.id("customerId");
    String invoice = seeds.id("invoiceId");
    String tenantId = seeds.id("tenantId");
    Map<String, String> state = new LinkedHashMap<>();
    for (String path : List.of(
        "/api/v1/customers?limit=500",
        "/api/v1/customers/" + customer,
        "/api/v1/events?limit=500",
        p + "gift-cards/cards?limit=500",
        p + "gift-cards/cards/" + seeds.id("cardId"),
        p + "gift-cards/cards/" + seeds.id("cardId") + "/activities?limit=500",
        p + "gift-cards/reports/liability",
        p + "order-profiles/profiles?limit=500",
        p + "discounts/discounts?limit=500",
        p + "invoicing/customers/" + customer + "/account",
        p + "invoicing/customers/" + customer + "/balance",
        p + "invoicing/customers/" + customer + "/charges?limit=500",
        p + "invoicing/invoices?limit=500",
        p + "invoicing/invoices/" + invoice,
        p + "invoicing/invoices/" + invoice + "/payments/" + seeds.id("paymentId"),
        p + "sales/transactions/" + seeds.id("transactionId"),
        p + "sales/customers/" + customer + "/transactions?limit=500",
        p + "sales/customers/" + customer + "/products?limit=500",
        p + "sales/customers/" + customer + "/statistics",
        p + "sales/reports/top-customers?from=" + LocalDate.now().minusDays(7) + "&to=" + LocalDate.now().plusDays(1),
        p + "sales/reports/new-vs-returning?from=" + YearMonth.now().minusMonths(2) + "&to=" + YearMonth.now())) {
      state.put(path, tenant.get(path).expect(200).body());
    }
    for (String path : List.of(
        "/api/v1/admin/tenants?limit=500",
        "/api/v1/admin/tenants/" + tenantId,
        "/api/v1/admin/tenants/" + tenantId + "/api-keys",
        "/api/v1/admin/tenants/" + tenantId + "/plugins",
        "/api/v1/admin/plugins")) {
      state.put(path, admin.get(path).expect(200).body());
    }
    return state;
  }
}
