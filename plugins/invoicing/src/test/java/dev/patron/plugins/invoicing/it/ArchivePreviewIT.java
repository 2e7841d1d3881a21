package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.BASE;
import static dev.patron.plugins.invoicing.it.Billing.eur;
import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The archive preview of invoicing says what the archive then does: the same veto, the same rows. */
class ArchivePreviewIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  private static JsonObject invoicingEntry(Billing billing, String customer) {
    JsonObject preview = billing.client().get("/api/v1/customers/" + customer + "/archive-preview").expect(200).json();
    JsonArray plugins = preview.getJsonArray("plugins");
    assertEquals(1, plugins.size(), preview::encode);
    JsonObject entry = plugins.getJsonObject(0);
    assertEquals("invoicing", entry.getString("plugin"));
    assertEquals(entry.getValue("veto") == null, preview.getBoolean("allowed"));
    return entry;
  }

  @Test
  void anUnpaidInvoiceIsPreviewedAsTheVetoTheArchiveThenRaises() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ana", "Berger");
    billing.charge(customer, 10_000, ref()).expect(201);
    String invoice = billing.invoice(customer).expect(201).json().getString("id");
    billing.pay(invoice, 1000, null).expect(201);

    JsonObject entry = invoicingEntry(billing, customer);
    JsonObject veto = entry.getJsonObject("veto");
    assertEquals("https://patron.dev/problems/open-balance", veto.getString("type"));
    assertEquals(eur(10_000), veto.getJsonObject("openAmount"));
    assertEquals(new JsonArray(), entry.getJsonArray("deletes"), "a vetoed archive does nothing");
    assertEquals(new JsonArray(), entry.getJsonArray("anonymises"));

    JsonObject refused = billing.client().delete("/api/v1/customers/" + customer).expect(409).json();
    assertEquals(veto, refused, "the same problem, word for word");
  }

  @Test
  void theAccountAndInvoicesArePreviewedUnchangedAndThenArchivedAsSaid() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ben", "Ober");
    List<String> invoices = List.of(settledInvoice(billing, customer, 5000), settledInvoice(billing, customer, 1200));
    JsonObject account = billing.client().get(BASE + "/customers/" + customer + "/account").expect(200).json();
    List<JsonObject> before = invoices.stream().map(id -> billing.getInvoice(id).expect(200).json()).toList();

    JsonObject entry = invoicingEntry(billing, customer);
    assertTrue(entry.getBoolean("enabled"));
    assertTrue(entry.getBoolean("described"));
    assertNull(entry.getValue("veto"));
    assertEquals(1, entry.getJsonArray("deletes").size());
    JsonObject deletes = entry.getJsonArray("deletes").getJsonObject(0);
    assertEquals("billing-account", deletes.getString("code"));
    assertEquals(1, deletes.getLong("count"));
    JsonObject anonymises = entry.getJsonArray("anonymises").getJsonObject(0);
    assertEquals("invoice", anonymises.getString("code"));
    assertEquals(2, anonymises.getLong("count"));
    assertTrue(anonymises.getString("description").startsWith("2 invoices keep their number"), anonymises::encode);

    assertEquals(account, billing.client().get(BASE + "/customers/" + customer + "/account").expect(200).json(),
        "the preview changed nothing");
    assertEquals(before, invoices.stream().map(id -> billing.getInvoice(id).expect(200).json()).toList());

    billing.client().delete("/api/v1/customers/" + customer).expect(204);
    billing.client().get(BASE + "/customers/" + customer + "/account").expect(404);
    for (String id : invoices) {
      JsonObject kept = billing.getInvoice(id).expect(200).json();
      assertEquals("Archived customer", kept.getJsonObject("billTo").getString("name"), "anonymised as previewed");
    }
  }

  @Test
  void aCustomerWithoutAccountOrInvoicesLosesNothingHere() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.customer("Cleo", "Nau");
    JsonObject entry = invoicingEntry(billing, customer);
    assertTrue(entry.getBoolean("described"));
    assertEquals(new JsonArray(), entry.getJsonArray("deletes"));
    assertEquals(new JsonArray(), entry.getJsonArray("anonymises"));
    assertNull(entry.getValue("veto"));
    billing.client().delete("/api/v1/customers/" + customer).expect(204);
  }

  private static String settledInvoice(Billing billing, String customer, long amount) {
    billing.charge(customer, amount, ref()).expect(201);
    JsonObject invoice = billing.invoice(customer).expect(201).json();
    billing.pay(invoice.getString("id"), invoice.getJsonObject("total").getLong("amount"), null).expect(201);
    return invoice.getString("id");
  }
}
