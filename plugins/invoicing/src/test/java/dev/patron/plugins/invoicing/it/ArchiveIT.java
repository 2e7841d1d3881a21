package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.BASE;
import static dev.patron.plugins.invoicing.it.Billing.eur;
import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Archive: vetoed while the customer owes money; otherwise the account goes and invoices are anonymised. */
class ArchiveIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  @Test
  void aCustomerWithPendingChargesCannotBeArchived() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.charge(customer, 2500, ref()).expect(201);

    JsonObject veto = billing.client().delete("/api/v1/customers/" + customer).expect(409).json();
    assertEquals("https://patron.dev/problems/open-balance", veto.getString("type"));
    assertEquals("invoicing", veto.getString("plugin"));
    assertEquals(eur(2500), veto.getJsonObject("openAmount"));
    assertTrue(veto.getString("detail").contains("25.00 EUR"), veto::encode);
    billing.client().get("/api/v1/customers/" + customer).expect(200);
  }

  @Test
  void aCustomerWithAnUnpaidInvoiceCannotBeArchived() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ana", "Berger");
    billing.charge(customer, 10_000, ref()).expect(201);
    String invoice = billing.invoice(customer).expect(201).json().getString("id");
    billing.pay(invoice, 1000, null).expect(201);

    JsonObject veto = billing.client().delete("/api/v1/customers/" + customer).expect(409).json();
    assertEquals(eur(10_000), veto.getJsonObject("openAmount"));
    assertTrue(veto.getString("detail").contains("100.00 EUR"), veto::encode);
    assertTrue(veto.getString("detail").contains("unpaid invoices 100.00 EUR"), veto::encode);
  }

  @Test
  void archivingRemovesTheAccountAndAnonymisesInvoices() throws IOException {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ben", "Ober");
    billing.charge(customer, 5000, ref()).expect(201);
    JsonObject issued = billing.invoice(customer).expect(201).json();
    String id = issued.getString("id");
    billing.pay(id, 5500, null).expect(201);

    billing.client().delete("/api/v1/customers/" + customer).expect(204);

    JsonObject kept = billing.getInvoice(id).expect(200).json();
    assertEquals(issued.getString("number"), kept.getString("number"));
    assertEquals(issued.getJsonObject("total"), kept.getJsonObject("total"));
    assertEquals(issued.getJsonArray("lines"), kept.getJsonArray("lines"));
    assertEquals("PAID", kept.getString("status"));
    assertEquals(new JsonObject().put("name", "Archived customer").putNull("company").putNull("taxId")
        .putNull("email").putNull("address"), kept.getJsonObject("billTo"));
    String text = new PdfTextExtractor(new PdfReader(billing.client().get(BASE + "/invoices/" + id,
        Map.of("Accept", "application/pdf")).expect(200).bytes())).getTextFromPage(1);
    assertTrue(text.contains("Archived customer"));
    assertFalse(text.contains("Ober"), text);
    billing.client().get(BASE + "/customers/" + customer + "/account").expect(404);
    billing.client().get(BASE + "/customers/" + customer + "/balance").expect(404);
    assertEquals(1, billing.client().get(BASE + "/invoices?customerId=" + customer).expect(200).items().size());
  }

  @Test
  void theHookStillRunsAfterTheRestaurantDisabledThePlugin() {
    TestTenant tenant = patron.newTenant();
    Billing billing = new Billing(tenant);
    String owing = billing.billableCustomer("Clara", "Huber");
    billing.charge(owing, 700, ref()).expect(201);
    String settled = billing.billableCustomer("Dora", "Weiss");
    billing.charge(settled, 1000, ref()).expect(201);
    String invoice = billing.invoice(settled).expect(201).json().getString("id");
    billing.pay(invoice, 1100, null).expect(201);

    setEnabled(tenant, false);
    JsonObject veto = billing.client().delete("/api/v1/customers/" + owing).expect(409).json();
    assertEquals(eur(700), veto.getJsonObject("openAmount"));
    billing.client().delete("/api/v1/customers/" + settled).expect(204);

    setEnabled(tenant, true);
    JsonObject kept = billing.getInvoice(invoice).expect(200).json();
    assertEquals("Archived customer", kept.getJsonObject("billTo").getString("name"));
    assertNull(kept.getJsonObject("billTo").getValue("email"));
    assertEquals(eur(1100), kept.getJsonObject("paid"));
  }

  private static void setEnabled(TestTenant tenant, boolean enabled) {
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/invoicing",
        new JsonObject().put("enabled", enabled)).expect(200);
  }
}
