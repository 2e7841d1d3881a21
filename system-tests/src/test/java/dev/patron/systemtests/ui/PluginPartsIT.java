package dev.patron.systemtests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.systemtests.Bundled;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.JsonArray;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * The plugins' parts of the customer page, contributed through the SDK (BackOfficeContributor) and
 * served from their own jars: gift cards with balances and history, and the default profile and
 * discount dropdowns, which save into the customer.
 */
class PluginPartsIT {

  @RegisterExtension
  static PatronExtension patron = Bundled.everyPluginEnabled().build();

  private static JsonObject eur(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }

  private static void signIn(Browser browser, String tenantId, String email) {
    browser.signIn(tenantId, email, StaffAccounts.PASSWORD);
    browser.find("patron-customer-list tbody tr a");
  }

  @Test
  void salesAndInvoicesShowAManagerSettlesAnInvoiceAndAnUnpaidOneBlocksTheArchive() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@billing.example");
    StaffAccounts.member(owner, "manager@billing.example", "MANAGER");
    StaffAccounts.member(owner, "waiter@billing.example", "STAFF");
    String customer = tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Otto")
        .put("lastName", "Gast")).expect(201).json().getString("id");
    tenant.client().put("/api/v1/plugins/invoicing/customers/" + customer + "/account", new JsonObject()
        .put("billingEnabled", true).put("creditLimit", eur(20_000))).expect(200);
    tenant.client().post("/api/v1/plugins/invoicing/customers/" + customer + "/charges", new JsonObject()
        .put("amount", eur(2_500)).put("description", "Dinner").put("orderReference", "ORDER-1")).expect(201);
    tenant.client().post("/api/v1/plugins/invoicing/invoices", new JsonObject().put("customerId", customer)).expect(201);
    tenant.client().post("/api/v1/plugins/sales/transactions", new JsonObject()
        .put("receiptId", "R-" + UUID.randomUUID()).put("customerId", customer)
        .put("closedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())
        .put("lines", new JsonArray().add(new JsonObject().put("productId", "SCHNITZEL").put("name", "Schnitzel")
            .put("quantity", 1).put("unitPrice", eur(1_800)).put("taxRate", 10)))
        .put("taxes", new JsonArray().add(new JsonObject().put("rate", 10).put("amount", eur(164))))
        .put("total", eur(1_800))
        .put("payments", new JsonArray().add(new JsonObject().put("method", "CASH").put("amount", eur(1_800)))))
        .expect(201);

    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1200)) {
      signIn(browser, tenant.id(), "waiter@billing.example");
      browser.await(d -> !browser.find("td[data-column=sales-last-visit]").getText().isBlank());
      browser.find("patron-customer-list tbody tr a").click();
      browser.find("sales-customer-section dl");
      browser.find("sales-customer-section button").click();
      browser.await(d -> browser.find("sales-customer-section table.sales-products").getText().contains("Schnitzel"));
      browser.find("invoicing-customer-section li");
      assertTrue(browser.all("invoicing-customer-section li button").isEmpty(), "staff do not settle invoices");
      browser.find("details.actions summary").click();
      assertTrue(browser.all("[data-action=archive]").isEmpty(), "staff neither see nor reach Archive");
    }

    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1200)) {
      signIn(browser, tenant.id(), "manager@billing.example");
      browser.find("patron-customer-list tbody tr a").click();
      browser.find("details.actions summary").click();
      browser.find("[data-action=archive]").click();
      browser.find("dialog.archive[open] [data-veto=invoicing]");
      assertTrue(!browser.find("dialog.archive[open] button.danger").isEnabled(), "the veto blocks the button");
      browser.screenshot("archive-vetoed");
      browser.find("dialog.archive[open] button.secondary").click();

      browser.find("invoicing-customer-section li button").click();
      browser.find("invoicing-customer-section form button[type=submit]").click();
      browser.await(d -> browser.find("invoicing-customer-section li").getText().contains("paid"));

      browser.find("details.actions summary").click();
      browser.find("[data-action=archive]").click();
      browser.await(d -> browser.find("dialog.archive[open] button.danger").isEnabled());
      browser.find("dialog.archive[open] button.danger").click();
      browser.find("patron-customer-list");
    }
    tenant.client().get("/api/v1/customers/" + customer).expect(404);
  }

  @Test
  void theCustomerPageShowsEachEnabledPluginsSection() {
    TestTenant tenant = patron.newTenant(new JsonObject().put("name", "Trattoria Roma").put("currency", "EUR")
        .put("language", "de-AT").put("timeZone", "Europe/Vienna"));
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@parts.example");
    String customer = tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Sophie")
        .put("lastName", "Müller")).expect(201).json().getString("id");
    tenant.client().post("/api/v1/plugins/gift-cards/cards", new JsonObject().put("type", "DIGITAL")
        .put("initialAmount", eur(5_000)).put("customerId", customer)).expect(201);
    String discount = tenant.client().post("/api/v1/plugins/discounts/discounts", new JsonObject()
        .put("name", "Stammgast 10 %").put("code", "STAMM10").put("percentage", 10)).expect(201).json().getString("id");
    List<JsonObject> sections = owner.client().get("/api/v1/back-office").expect(200).json()
        .getJsonArray("customerSections").stream().map(JsonObject.class::cast).toList();
    assertTrue(sections.stream().anyMatch(s -> s.getString("element").equals("gift-cards-customer-section")));

    try (Browser browser = Browser.open(patron.server().baseUri(), 1280, 1000)) {
      signIn(browser, tenant.id(), "owner@parts.example");
      browser.find("patron-customer-list tbody tr a").click();

      browser.find("gift-cards-customer-section li");
      assertTrue(browser.find("gift-cards-customer-section").getText().contains("50.00"),
          browser.find("gift-cards-customer-section").getText());
      browser.find("gift-cards-customer-section button").click();
      browser.find("gift-cards-customer-section table tr");

      Select picker = new Select(browser.find("discounts-customer-default select"));
      browser.await(d -> picker.getOptions().size() == 2);
      picker.selectByVisibleText("Stammgast 10 %");
      browser.await(d -> discount.equals(tenant.client().get("/api/v1/customers/" + customer).expect(200).json()
          .getJsonObject("extensions").getJsonObject("discounts", new JsonObject()).getString("defaultDiscountId")));
      browser.find("order-profiles-customer-default select");
      browser.screenshot("customer-page-with-plugins");
      assertEquals(List.of(), browser.all("patron-plugin-part [role=alert]"));
    }
  }
}
