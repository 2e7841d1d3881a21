package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.BASE;
import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A restaurant never sees or touches another's billing data: its ids answer 404. */
class TenantIsolationIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  @Test
  void anotherRestaurantsIdsAnswer404() {
    Billing mine = new Billing(patron.newTenant());
    Billing theirs = new Billing(patron.newTenant());
    String customer = mine.billableCustomer("Sophie", "Maier");
    String reference = ref();
    String charge = mine.charge(customer, 1000, reference).expect(201).json().getString("id");
    String invoice = mine.invoice(customer).expect(201).json().getString("id");
    mine.charge(customer, 500, ref()).expect(201);

    theirs.client().get(BASE + "/customers/" + customer + "/account").expect(404);
    theirs.putAccount(customer, true, null).expect(404);
    theirs.client().get(BASE + "/customers/" + customer + "/balance").expect(404);
    theirs.client().get(BASE + "/customers/" + customer + "/charges").expect(404);
    theirs.charge(customer, 100, ref()).expect(404);
    theirs.client().get(BASE + "/charges/" + charge).expect(404);
    theirs.invoice(customer).expect(404);
    theirs.getInvoice(invoice).expect(404);
    theirs.client().get(BASE + "/invoices/" + invoice, Map.of("Accept", "application/pdf")).expect(404);
    theirs.pay(invoice, 100, null).expect(404);
    theirs.voidInvoice(invoice).expect(404);
    assertEquals(List.of(), theirs.client().get(BASE + "/invoices?customerId=" + customer).expect(200).items());
    assertEquals(List.of(), theirs.client().get(BASE + "/invoices").expect(200).items());

    String their = theirs.billableCustomer("Ana", "Berger");
    theirs.charge(their, 100, reference).expect(201);
    assertEquals("OPEN", mine.getInvoice(invoice).expect(200).json().getString("status"));
    assertEquals(500, Billing.amount(mine.balance(customer), "pendingCharges"));
  }

  @Test
  void restaurantsThatDidNotEnableThePluginSeeNoRoutes() {
    TestTenant tenant = patron.newTenant();
    Billing billing = new Billing(tenant);
    String customer = billing.billableCustomer("Ben", "Ober");
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/invoicing",
        new JsonObject().put("enabled", false)).expect(200);
    billing.client().get(BASE + "/customers/" + customer + "/account").expect(404);
    billing.client().get(BASE + "/invoices").expect(404);
    billing.client().patch("/api/v1/customers/" + customer, new JsonObject().put("extensions",
        new JsonObject().put("invoicing", new JsonObject().put("billingEnabled", false)))).expect(400);
  }
}
