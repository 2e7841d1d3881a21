package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.BASE;
import static dev.patron.plugins.invoicing.it.Billing.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The billing account: set through the plugin's route or the customer's extensions, one truth. */
class BillingAccountIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  @Test
  void theAccountRouteSetsTheCustomersExtension() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.customer("Sophie", "Maier");

    Response put = billing.putAccount(customer, true, 50_000L).expect(200);
    JsonObject account = put.json();
    assertEquals(true, account.getBoolean("billingEnabled"));
    assertEquals(eur(50_000), account.getJsonObject("creditLimit"));
    assertEquals(1, account.getLong("version"));
    assertEquals("\"1\"", put.header("ETag"));

    JsonObject profile = billing.client().get("/api/v1/customers/" + customer).expect(200).json();
    assertEquals(new JsonObject().put("billingEnabled", true).put("creditLimit", eur(50_000)),
        profile.getJsonObject("extensions").getJsonObject("invoicing"));
    assertEquals(2, profile.getLong("version"), "setting the namespace is an ordinary customer update");

    assertEquals(1, billing.putAccount(customer, true, 50_000L).expect(200).json().getLong("version"),
        "the same settings again change nothing");
    JsonObject off = billing.putAccount(customer, false, null).expect(200).json();
    assertEquals(2, off.getLong("version"));
    assertNull(off.getValue("creditLimit"));
    assertEquals(new JsonObject().put("billingEnabled", false), billing.client().get("/api/v1/customers/" + customer)
        .expect(200).json().getJsonObject("extensions").getJsonObject("invoicing"));
    assertEquals(off, billing.client().get(BASE + "/customers/" + customer + "/account").expect(200).json());
  }

  @Test
  void writesThroughTheCustomerApiAreValidatedAndMirrored() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.client().post("/api/v1/customers", new JsonObject().put("firstName", "Ben")
            .put("lastName", "Ober").put("extensions", new JsonObject().put("invoicing",
                new JsonObject().put("billingEnabled", true))))
        .expect(201).json().getString("id");
    String account = BASE + "/customers/" + customer + "/account";
    assertEquals(true, billing.client().get(account).expect(200).json().getBoolean("billingEnabled"));

    JsonObject patched = billing.client().patch("/api/v1/customers/" + customer, new JsonObject().put("extensions",
            new JsonObject().put("invoicing", new JsonObject().put("creditLimit", new JsonObject().put("amount", 1000)))))
        .expect(200).json();
    assertEquals(new JsonObject().put("billingEnabled", true).put("creditLimit", eur(1000)),
        patched.getJsonObject("extensions").getJsonObject("invoicing"), "normalised: the currency is filled in");
    assertEquals(eur(1000), billing.client().get(account).expect(200).json().getJsonObject("creditLimit"));

    Response invalid = billing.client().patch("/api/v1/customers/" + customer, new JsonObject().put("extensions",
            new JsonObject().put("invoicing", new JsonObject().put("billingEnabled", "yes").put("colour", "red"))))
        .expect(400);
    assertEquals(List.of("extensions.invoicing.billingEnabled: must be true or false",
        "extensions.invoicing.colour: unknown field"), invalid.fieldErrors());
    assertEquals("invoicing", invalid.json().getString("plugin"));

    billing.client().patch("/api/v1/customers/" + customer, new JsonObject().put("extensions",
        new JsonObject().putNull("invoicing"))).expect(200);
    billing.client().get(account).expect(404);
    assertEquals("https://patron.dev/problems/billing-disabled",
        billing.charge(customer, 100, Billing.ref()).expect(422).json().getString("type"),
        "removing the namespace turns billing off");
  }

  @Test
  void refusesInvalidSettingsAndUnknownCustomers() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.customer("Ana", "Berger");
    Response invalid = billing.client().send("PUT", BASE + "/customers/" + customer + "/account",
        new JsonObject().put("creditLimit", new JsonObject().put("amount", -5).put("currency", "USD"))
            .put("limit", 1).encode(), Map.of()).expect(400);
    assertEquals(List.of("billingEnabled: is required", "creditLimit.amount: must be between 0 and 1000000000000",
        "creditLimit.currency: must be EUR, the restaurant's currency", "limit: unknown field"), invalid.fieldErrors());

    String unknown = UUID.randomUUID().toString();
    billing.putAccount(unknown, true, null).expect(404);
    billing.client().get(BASE + "/customers/" + unknown + "/account").expect(404);
    billing.client().get(BASE + "/customers/" + unknown + "/balance").expect(404);
    billing.client().get(BASE + "/customers/" + customer + "/account").expect(404);
    billing.client().get(BASE + "/customers/not-an-id/account").expect(404);
  }
}
