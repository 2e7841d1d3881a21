package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.BASE;
import static dev.patron.plugins.invoicing.it.Billing.eur;
import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code invoicing} section of the customer overview: account, balance, credit available. */
class CustomerOverviewIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  private static JsonObject section(Billing billing, String customer) {
    JsonObject overview = billing.client().get("/api/v1/customers/" + customer + "/overview").expect(200).json();
    assertEquals(new JsonArray(), overview.getJsonArray("errors"));
    return overview.getJsonObject("sections").getJsonObject("invoicing");
  }

  @Test
  void showsTheAccountTheBalanceAndWhatTheCreditLimitLeaves() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.customer("Ben", "Ober");
    billing.putAccount(customer, true, 10_000L).expect(200);
    billing.charge(customer, 2500, ref()).expect(201);
    billing.charge(customer, 1000, ref()).expect(201);

    JsonObject section = section(billing, customer);
    assertEquals(billing.client().get(BASE + "/customers/" + customer + "/account").expect(200).json(),
        section.getJsonObject("account"));
    assertEquals(billing.balance(customer), section.getJsonObject("balance"));
    assertEquals(eur(6500), section.getJsonObject("creditAvailable"));

    billing.charge(customer, 6500, ref()).expect(201);
    assertEquals(eur(0), section(billing, customer).getJsonObject("creditAvailable"), "the limit is used up");
    billing.charge(customer, 1, ref()).expect(422);
  }

  @Test
  void noAccountOrBillingDisabledLeavesNoCreditAndNoLimitLeavesItOpen() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.customer("Cleo", "Nau");
    JsonObject none = section(billing, customer);
    assertNull(none.getValue("account"));
    assertEquals(eur(0), none.getJsonObject("balance").getJsonObject("balance"));
    assertEquals(eur(0), none.getJsonObject("creditAvailable"));

    billing.putAccount(customer, false, 5000L).expect(200);
    assertEquals(eur(0), section(billing, customer).getJsonObject("creditAvailable"));

    billing.putAccount(customer, true, null).expect(200);
    JsonObject open = section(billing, customer);
    assertEquals(true, open.getJsonObject("account").getBoolean("billingEnabled"));
    assertNull(open.getValue("creditAvailable"), "no limit");
  }
}
