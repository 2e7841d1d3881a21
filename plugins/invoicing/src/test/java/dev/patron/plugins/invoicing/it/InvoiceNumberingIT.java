package dev.patron.plugins.invoicing.it;

import static dev.patron.plugins.invoicing.it.Billing.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Invoice numbers per tenant: consecutive, without gaps or duplicates, also under concurrent creation. */
class InvoiceNumberingIT {

  @RegisterExtension
  static PatronExtension patron = InvoicingServer.create();

  @Test
  void concurrentInvoicesGetConsecutiveNumbers() throws Exception {
    Billing billing = new Billing(patron.newTenant());
    List<String> billable = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String customer = billing.billableCustomer("Guest" + i, "Table" + i);
      billing.charge(customer, 1000 + i, ref()).expect(201);
      billable.add(customer);
    }
    // Requests that fail in between must not leave gaps: customers with nothing to invoice, and a
    // second request for the same customer racing the first.
    List<String> nothingToBill = List.of(billing.billableCustomer("Empty", "One"), billing.billableCustomer("Empty", "Two"));
    List<Callable<Response>> calls = new ArrayList<>();
    billable.forEach(customer -> calls.add(() -> billing.invoice(customer)));
    nothingToBill.forEach(customer -> calls.add(() -> billing.invoice(customer)));
    calls.add(() -> billing.invoice(billable.get(0)));

    List<Response> answers = Concurrently.run(calls);

    List<Response> created = answers.stream().filter(r -> r.status() == 201).toList();
    assertEquals(6, created.size(), answers::toString);
    assertEquals(3, answers.stream().filter(r -> r.status() == 422).count(), answers::toString);
    List<Long> numbers = created.stream().map(r -> Long.parseLong(r.json().getString("number").substring(4)))
        .sorted().toList();
    assertEquals(LongStream.rangeClosed(1, 6).boxed().toList(), numbers, "no gaps, no duplicates");
    assertEquals(billable.stream().sorted().toList(),
        created.stream().map(r -> r.json().getString("customerId")).sorted().toList(),
        "each customer invoiced once");

    String next = billing.billableCustomer("Late", "Guest");
    billing.charge(next, 500, ref()).expect(201);
    assertEquals("INV-7", billing.invoice(next).expect(201).json().getString("number"));
  }

  @Test
  void eachRestaurantCountsOnItsOwn() throws Exception {
    Billing first = new Billing(patron.newTenant());
    Billing second = new Billing(patron.newTenant());
    List<Callable<String>> calls = new ArrayList<>();
    for (Billing billing : List.of(first, second, first, second)) {
      String customer = billing.billableCustomer("Guest", "Table");
      billing.charge(customer, 1000, ref()).expect(201);
      calls.add(() -> billing.invoice(customer).expect(201).json().getString("number"));
    }
    List<String> numbers = Concurrently.run(calls);
    assertEquals(List.of("INV-1", "INV-2"), List.of(numbers.get(0), numbers.get(2)).stream().sorted()
        .collect(Collectors.toList()));
    assertEquals(List.of("INV-1", "INV-2"), List.of(numbers.get(1), numbers.get(3)).stream().sorted()
        .collect(Collectors.toList()));
  }
}
