package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * VAT as the till knows it: charges carry lines with their own rates, prices include VAT (EU) or
 * exclude it (US) by the restaurant's setting, and the invoice shows net, VAT per rate and gross.
 */
class TaxModesIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  @Test
  void aDinnerPricedWithVatIsBilledAtWhatTheGuestPaid() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.chargeLines(customer, new Object[] {"Dinner", 1, 2500, null}).expect(201);

    JsonObject invoice = billing.invoice(customer).expect(201).json();

    assertEquals("INCLUSIVE", invoice.getString("taxMode"));
    assertEquals(2500, amount(invoice, "total"), "a 25.00 dinner is billed 25.00, not 27.50");
    assertEquals(2273, amount(invoice, "subtotal"));
    assertEquals(227, amount(invoice, "tax"));
    assertEquals(new BigDecimal("10"), new BigDecimal(invoice.getValue("taxRate").toString()));
  }

  @Test
  void foodAndDrinksCarryTheirOwnRates() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    JsonObject charge = billing.chargeLines(customer, new Object[] {"Wiener Schnitzel", 4, 2100, null},
        new Object[] {"Grüner Veltliner", 2, 1800, 20}, new Object[] {"Almdudler", 1, 650, 20}).expect(201).json();
    assertEquals(12650, amount(charge, "amount"), "the charge is the sum of its lines");
    billing.chargeLines(customer, new Object[] {"Kaffee", 3, 390, 10}).expect(201);

    JsonObject invoice = billing.invoice(customer).expect(201).json();

    assertEquals(4, invoice.getJsonArray("lines").size());
    JsonArray taxes = invoice.getJsonArray("taxes");
    assertEquals(List.of("10", "20"), taxes.stream().map(t -> ((JsonObject) t).getValue("rate").toString()).toList());
    // Food 84.00 + 11.70 = 95.70 gross: net 87.00, VAT 8.70. Drinks 42.50: net 35.42, VAT 7.08.
    assertEquals(List.of(8700L, 3542L), taxes.stream().map(t -> amount((JsonObject) t, "net")).toList());
    assertEquals(List.of(870L, 708L), taxes.stream().map(t -> amount((JsonObject) t, "tax")).toList());
    assertEquals(13820, amount(invoice, "total"));
    assertEquals(12242, amount(invoice, "subtotal"));
    assertEquals(1578, amount(invoice, "tax"));
    assertEquals(0, amount(invoice, "rounding"));
    assertEquals(null, invoice.getValue("taxRate"), "no single rate on a mixed invoice");
    long lineNets = invoice.getJsonArray("lines").stream().mapToLong(l -> amount((JsonObject) l, "net")).sum();
    assertEquals(12242, lineNets, "the lines' nets add up to the invoice's");
  }

  @Test
  void aGrossNoNetCanReachKeepsTheTotalWithARoundingCent() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    billing.chargeLines(customer, new Object[] {"Semmel", 1, 5, 10}).expect(201);

    JsonObject invoice = billing.invoice(customer).expect(201).json();

    assertEquals(5, amount(invoice, "total"));
    assertEquals(5, amount(invoice, "subtotal"));
    assertEquals(1, amount(invoice, "tax"));
    assertEquals(-1, amount(invoice, "rounding"));
  }

  @Test
  void pricesWithoutTaxGetItAddedPerRate() {
    Billing billing = new Billing(Restaurants.newYork(patron));
    String customer = billing.billableCustomer("Jo", "Smith");
    billing.charge(customer, new JsonObject().put("amount", new JsonObject().put("amount", 1999))
        .put("description", "Burger").put("orderReference", Billing.ref()), Map.of()).expect(201);
    billing.chargeLines(customer, new Object[] {"Soda", 3, 299, 0}, new Object[] {"Pie", 1, 650, null}).expect(201);

    JsonObject invoice = billing.invoice(customer).expect(201).json();

    assertEquals("EXCLUSIVE", invoice.getString("taxMode"));
    assertEquals(3546, amount(invoice, "subtotal"));
    // 8.88 % of 26.49 is 2.352312: 2.35; sodas at 0 % carry none.
    JsonArray taxes = invoice.getJsonArray("taxes");
    assertEquals(List.of(897L, 2649L), taxes.stream().map(t -> amount((JsonObject) t, "net")).toList());
    assertEquals(List.of(0L, 235L), taxes.stream().map(t -> amount((JsonObject) t, "tax")).toList());
    assertEquals(3781, amount(invoice, "total"));
  }

  @Test
  void badLinesAreRefusedWithEveryReason() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    JsonObject body = new JsonObject().put("description", "Order").put("orderReference", Billing.ref())
        .put("amount", Billing.eur(999))
        .put("lines", new JsonArray()
            .add(new JsonObject().put("description", "Wine").put("quantity", 0)
                .put("unitPrice", Billing.eur(500)).put("taxRate", 120))
            .add(new JsonObject().put("quantity", 2).put("taxRate", 7.125))
            .add("a line"));
    assertEquals(List.of("lines[0].quantity: must be between 1 and 10000",
            "lines[0].taxRate: must be between 0 and 100", "lines[1].description: is required",
            "lines[1].unitPrice: is required", "lines[1].taxRate: must have at most 2 decimal places",
            "lines[2]: must be an object"),
        billing.charge(customer, body, Map.of()).expect(400).fieldErrors());

    JsonObject mismatch = new JsonObject().put("description", "Order").put("orderReference", Billing.ref())
        .put("amount", Billing.eur(999)).put("lines", new JsonArray().add(new JsonObject()
            .put("description", "Wine").put("unitPrice", Billing.eur(500))));
    assertEquals(List.of("amount: must equal the sum of the lines (500) or be left out"),
        billing.charge(customer, mismatch, Map.of()).expect(400).fieldErrors());
    assertEquals(List.of(), billing.charges(customer, ""), "nothing was stored");
  }
}
