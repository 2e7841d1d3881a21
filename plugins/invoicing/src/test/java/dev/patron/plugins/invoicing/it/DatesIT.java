package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.amount;
import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dates and times the plugin takes: no year a typo produced, and nothing that has not happened
 * yet (give or take the five minutes two clocks may disagree).
 */
class DatesIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  private static String fromNow(Duration offset) {
    return Instant.now().plus(offset).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  @Test
  void aChargeFromAnImpossibleYearIsRefusedAndTheCustomerStaysInvoiceable() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Sophie", "Maier");

    assertEquals(List.of("occurredAt: must not be in the future"),
        billing.chargeAt(customer, "+999999999-12-31T23:59:59Z").expect(400).fieldErrors());
    assertEquals(List.of("occurredAt: must not be before 2000-01-01T00:00:00Z"),
        billing.chargeAt(customer, "0000-01-01T00:00:00Z").expect(400).fieldErrors());
    assertEquals(List.of("occurredAt: must not be before 2000-01-01T00:00:00Z"),
        billing.chargeAt(customer, "-999999999-01-01T00:00:00Z").expect(400).fieldErrors());
    assertEquals(List.of(), billing.charges(customer, ""), "nothing was stored");

    billing.chargeAt(customer, "2026-01-31T18:30:00Z").expect(201);
    assertEquals(1, billing.invoice(customer).expect(201).json().getJsonArray("lines").size());
  }

  @Test
  void aChargeMustHaveHappenedAlready() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ana", "Berger");

    assertEquals(List.of("occurredAt: must not be in the future"),
        billing.chargeAt(customer, fromNow(Duration.ofHours(1))).expect(400).fieldErrors());
    assertEquals(List.of("occurredAt: must not be in the future"),
        billing.chargeAt(customer, "2099-12-31T23:00:00Z").expect(400).fieldErrors());
    assertEquals(0, amount(billing.balance(customer), "balance"), "a future charge is not billed today");

    String aMinuteAhead = fromNow(Duration.ofMinutes(1));
    JsonObject skewed = billing.chargeAt(customer, aMinuteAhead).expect(201).json();
    assertEquals(aMinuteAhead, skewed.getString("occurredAt"), "a POS clock a minute fast is tolerated");
  }

  @Test
  void aPaymentMustHaveBeenReceivedAlready() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Ben", "Ober");
    billing.charge(customer, 1000, ref()).expect(201);
    String invoice = billing.invoice(customer).expect(201).json().getString("id");

    assertEquals(List.of("receivedAt: must not be before 2000-01-01T00:00:00Z"),
        billing.payAt(invoice, 100, "1999-12-31T23:59:59Z").expect(400).fieldErrors());
    assertEquals(List.of("receivedAt: must not be in the future"),
        billing.payAt(invoice, 100, "2099-01-01T00:00:00Z").expect(400).fieldErrors());
    assertEquals(List.of("receivedAt: must not be in the future"),
        billing.payAt(invoice, 100, fromNow(Duration.ofHours(1))).expect(400).fieldErrors());

    JsonObject paid = billing.payAt(invoice, 100, "2026-02-01T10:00:00Z").expect(201).json();
    assertEquals("2026-02-01T10:00:00Z", paid.getString("receivedAt"));
    assertEquals(100, amount(billing.getInvoice(invoice).expect(200).json(), "paid"), "only that payment counts");
  }

  @Test
  void anInvoicePeriodLiesWithinTheCalendarRange() {
    Billing billing = new Billing(patron.newTenant());
    String customer = billing.billableCustomer("Clara", "Huber");
    billing.chargeAt(customer, "2026-01-31T18:30:00Z").expect(201);

    assertEquals(List.of("from: must be a date from 2000-01-01 to 2099-12-31",
            "to: must be a date from 2000-01-01 to 2099-12-31"),
        billing.invoice(new JsonObject().put("customerId", customer).put("from", "1999-12-31").put("to", "2100-01-01"))
            .expect(400).fieldErrors());
    billing.invoice(new JsonObject().put("customerId", customer).put("from", "2000-01-01").put("to", "2099-12-31"))
        .expect(201);
  }
}
