package dev.patron.systemtests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.systemtests.Bundled;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.List;
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

  @Test
  void theCustomerPageShowsEachEnabledPluginsSection() {
    TestTenant tenant = patron.newTenant();
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
      browser.go("/");
      browser.type("input[name=tenant]", tenant.id());
      browser.type("input[name=email]", "owner@parts.example");
      browser.type("input[name=password]", StaffAccounts.PASSWORD);
      browser.find("button[type=submit]").click();
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
