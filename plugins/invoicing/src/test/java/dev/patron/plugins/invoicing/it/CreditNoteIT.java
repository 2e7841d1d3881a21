package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Credit notes: the one way to correct an issued invoice, whole or in part, numbered in a gap-free
 * series of their own; the invoice itself never changes.
 */
class CreditNoteIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  static final String PROBLEMS = "https://patron.dev/problems/";

  private static JsonObject line(int position, Long amount) {
    JsonObject line = new JsonObject().put("position", position);
    return amount == null ? line : line.put("amount", Billing.eur(amount));
  }

  private static String dinnerInvoice(Billing billing, String customer) {
    billing.chargeLines(customer, new Object[] {"Schnitzel", 2, 2100, null}, new Object[] {"Wein", 2, 900, 20})
        .expect(201);
    return billing.invoice(customer).expect(201).json().getString("id");
  }

  @Test
  void aCreditNoteTakesBackPartOfALineWithItsVat() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    String invoiceId = dinnerInvoice(billing, customer);
    JsonObject before = billing.getInvoice(invoiceId).expect(200).json();

    JsonObject credit = billing.creditNote(invoiceId, new JsonObject().put("reason", "Wine was corked")
        .put("lines", new JsonArray().add(line(2, 900L)))).expect(201).json();

    assertEquals("KO-1", credit.getString("number"));
    assertEquals(900, amount(credit, "total"));
    assertEquals(750, amount(credit, "subtotal"));
    assertEquals(150, amount(credit, "tax"));
    assertEquals("20", credit.getJsonArray("taxes").getJsonObject(0).getValue("rate").toString());
    assertEquals(before.getString("number"), credit.getString("invoiceNumber"));
    JsonObject invoice = billing.getInvoice(invoiceId).expect(200).json();
    assertEquals(900, amount(invoice, "credited"));
    assertEquals(amount(before, "total") - 900, amount(invoice, "open"));
    assertEquals("OPEN", invoice.getString("status"));
    assertEquals(before.getJsonArray("lines"), invoice.getJsonArray("lines"), "the invoice's lines never change");
    assertEquals(before.getJsonArray("taxes"), invoice.getJsonArray("taxes"));
    assertEquals("KO-1", invoice.getJsonArray("creditNotes").getJsonObject(0).getString("number"));
    assertEquals(amount(before, "total") - 900, amount(billing.balance(customer), "openInvoices"));

    JsonObject read = billing.client().get(Billing.BASE + "/credit-notes/" + credit.getString("id")).expect(200).json();
    assertEquals("Wine was corked", read.getString("reason"));
    assertEquals(2, read.getJsonArray("lines").getJsonObject(0).getInteger("invoicePosition"));
  }

  @Test
  void theRestCreditedInFullLeavesNothingOpen() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    String invoiceId = dinnerInvoice(billing, customer);
    billing.creditNote(invoiceId, new JsonObject().put("reason", "Corked")
        .put("lines", new JsonArray().add(line(2, 500L)))).expect(201);

    JsonObject rest = billing.creditNote(invoiceId, new JsonObject().put("reason", "Event cancelled")).expect(201)
        .json();

    assertEquals(4200 + 1300, amount(rest, "total"), "what was left of each line");
    JsonObject invoice = rest.getJsonObject("invoice");
    assertEquals("CREDITED", invoice.getString("status"));
    assertEquals(0, amount(invoice, "open"));
    assertEquals(0, amount(billing.balance(customer), "balance"));
    assertEquals("invoice-not-open", billing.creditNote(invoiceId, new JsonObject().put("reason", "Again"))
        .expect(422).json().getString("type").replace(PROBLEMS, ""));
    assertEquals("invoice-credited", billing.pay(invoiceId, 100, null).expect(422).json().getString("type").replace(PROBLEMS, ""));
  }

  @Test
  void theLastCreditNoteTakesExactlyWhatIsLeftThoughVatIsRoundedPerCreditNote() {
    Billing billing = new Billing(Restaurants.newYork(patron));
    String customer = billing.billableCustomer("Jo", "Smith");
    billing.chargeLines(customer, new Object[] {"Catering", 1, 1001, null}).expect(201);
    JsonObject invoice = billing.invoice(customer).expect(201).json();
    String invoiceId = invoice.getString("id");
    assertEquals(1090, amount(invoice, "total"), "10.01 + 8.88 % (0.89)");
    JsonObject half = new JsonObject().put("reason", "Half the order returned")
        .put("lines", new JsonArray().add(new JsonObject().put("position", 1).put("amount", new JsonObject().put("amount", 500))));

    assertEquals(544, amount(billing.creditNote(invoiceId, half).expect(201).json(), "total"), "5.00 + 0.44");
    assertEquals(544, amount(billing.creditNote(invoiceId, half).expect(201).json(), "total"));
    // On its own the last cent would carry no tax (1 + 0): 1089 of 1090 credited, a cent left open.
    JsonObject last = billing.creditNote(invoiceId, new JsonObject().put("reason", "The rest")).expect(201).json();

    assertEquals(2, amount(last, "total"));
    assertEquals(1, amount(last, "subtotal"));
    assertEquals(0, amount(last, "tax"));
    assertEquals(1, amount(last, "rounding"), "the cent the partial credit notes' rounding left");
    JsonObject after = last.getJsonObject("invoice");
    assertEquals("CREDITED", after.getString("status"));
    assertEquals(1090, amount(after, "credited"));
    assertEquals(0, amount(billing.balance(customer), "balance"));
  }

  @Test
  void aCreditNoteCannotTakeBackMoreThanALineOrThanIsOpen() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    String invoiceId = dinnerInvoice(billing, customer);

    Response tooMuch = billing.creditNote(invoiceId, new JsonObject().put("reason", "x")
        .put("lines", new JsonArray().add(line(1, 4201L)))).expect(422);
    assertEquals("credit-exceeds-line", tooMuch.json().getString("type").replace(PROBLEMS, ""));
    assertEquals(4200, amount(tooMuch.json(), "left"));
    assertEquals("unknown-line", billing.creditNote(invoiceId, new JsonObject().put("reason", "x")
        .put("lines", new JsonArray().add(line(3, null)))).expect(422).json().getString("type").replace(PROBLEMS, ""));
    assertEquals(List.of("reason: is required", "lines[1].position: names a line already listed"),
        billing.creditNote(invoiceId, new JsonObject().put("lines", new JsonArray().add(line(1, null))
            .add(line(1, null)))).expect(400).fieldErrors().subList(0, 2));

    billing.pay(invoiceId, 5000, null).expect(201);
    Response paid = billing.creditNote(invoiceId, new JsonObject().put("reason", "Whole dinner")).expect(422);
    assertEquals("credit-exceeds-open", paid.json().getString("type").replace(PROBLEMS, ""), "what was paid is not credited here");
    assertEquals(1000, amount(paid.json(), "open"));
    assertTrue(billing.getInvoice(invoiceId).expect(200).json().getJsonArray("creditNotes").isEmpty());
  }

  @Test
  void voidingIssuesACreditNoteForAllOfIt() {
    Billing billing = new Billing(Restaurants.vienna(patron));
    String customer = billing.billableCustomer("Sophie", "Maier");
    String invoiceId = dinnerInvoice(billing, customer);

    JsonObject voided = billing.voidInvoice(invoiceId).expect(200).json();

    assertEquals("VOID", voided.getString("status"));
    JsonObject credit = voided.getJsonArray("creditNotes").getJsonObject(0);
    assertEquals("KO-1", credit.getString("number"));
    assertEquals(amount(voided, "total"), amount(credit, "total"));
    assertEquals(1, billing.charges(customer, "?status=PENDING").size(), "its charge can be billed again");
  }

  @Test
  void concurrentCreditNotesAreNumberedWithoutGapsAndNeverOverCredit() throws Exception {
    Billing billing = new Billing(Restaurants.vienna(patron));
    List<String> invoices = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      invoices.add(dinnerInvoice(billing, billing.billableCustomer("Guest" + i, "Table" + i)));
    }
    List<Callable<Response>> calls = new ArrayList<>();
    // Each invoice credited whole twice at once: one of each pair wins, the other finds nothing open.
    for (String invoiceId : invoices) {
      calls.add(() -> billing.creditNote(invoiceId, new JsonObject().put("reason", "Cancelled")));
      calls.add(() -> billing.creditNote(invoiceId, new JsonObject().put("reason", "Cancelled")));
    }

    List<Response> answers = Concurrently.run(calls);

    List<Response> created = answers.stream().filter(r -> r.status() == 201).toList();
    assertEquals(6, created.size(), answers::toString);
    assertEquals(6, answers.stream().filter(r -> r.status() == 422).count(), answers::toString);
    List<Long> numbers = created.stream().map(r -> Long.parseLong(r.json().getString("number").substring(3)))
        .sorted().toList();
    assertEquals(LongStream.rangeClosed(1, 6).boxed().toList(), numbers, "no gaps, no twins");
    for (String invoiceId : invoices) {
      JsonObject invoice = billing.getInvoice(invoiceId).expect(200).json();
      assertEquals(amount(invoice, "total"), amount(invoice, "credited"), "credited once, in full");
    }
    String invoiceNumbers = billing.client().get(Billing.BASE + "/invoices?limit=100").expect(200).items().stream()
        .map(i -> i.getString("number")).sorted().toList().toString();
    assertEquals("[RE-1, RE-2, RE-3, RE-4, RE-5, RE-6]", invoiceNumbers, "invoices keep a series of their own");
  }
}
