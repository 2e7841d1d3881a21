package dev.patron.plugins.invoicing.invoice;

import dev.patron.api.customer.Customer;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.invoicing.InvoicingSettings;
import dev.patron.plugins.invoicing.charge.Charge;
import dev.patron.plugins.invoicing.charge.ChargeLine;
import dev.patron.plugins.invoicing.tax.TaxCalculation;
import dev.patron.plugins.invoicing.tax.TaxCalculator;
import dev.patron.plugins.invoicing.tax.TaxedLine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Lays out the invoice that bills {@code pending}: one line per charge line, each at its rate, the
 * totals by the tenant's tax mode, the date of supply from the charges, the due date and the
 * moment it turns overdue in the restaurant's time zone, and the seller and buyer as they are now.
 */
record InvoiceDraft(Invoice invoice, List<InvoiceLine> lines) {

  static InvoiceDraft of(Tenant tenant, InvoicingSettings settings, InvoiceRequest request, Customer customer,
      List<Charge> pending, long seqNo, Instant now) {
    ZoneId zone = tenant.zone();
    List<TaxedLine> taxed = new ArrayList<>();
    for (Charge charge : pending) {
      for (ChargeLine line : charge.lines()) {
        taxed.add(new TaxedLine(line.amount(), line.rateOr(settings.taxRateBasisPoints())));
      }
    }
    TaxCalculation calculation = TaxCalculator.calculate(settings.taxMode(), taxed);
    List<InvoiceLine> lines = new ArrayList<>();
    for (Charge charge : pending) {
      for (ChargeLine line : charge.lines()) {
        int index = lines.size();
        lines.add(new InvoiceLine(index + 1, charge.id(), line.description(), charge.orderReference(),
            charge.occurredAt(), line.quantity(), line.unitPrice(), line.amount(), taxed.get(index).rateBp(),
            calculation.lineNets().get(index)));
      }
    }
    LocalDate issueDate = LocalDate.ofInstant(now, zone);
    LocalDate dueDate = issueDate.plusDays(settings.paymentTermsDays());
    Instant first = pending.stream().map(Charge::occurredAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant last = pending.stream().map(Charge::occurredAt).max(Comparator.naturalOrder()).orElseThrow();
    InvoiceDates dates = new InvoiceDates(issueDate, dueDate, request.from(), request.to(),
        LocalDate.ofInstant(first, zone), LocalDate.ofInstant(last, zone),
        dueDate.plusDays(1).atStartOfDay(zone).toInstant());
    Invoice invoice = new Invoice(UUID.randomUUID(), customer.id(), seqNo, settings.numberPrefix() + seqNo,
        InvoiceStatus.OPEN, tenant.currency(), calculation.totals(), 0, 0, dates, BillTo.of(customer),
        settings.seller(), 0, 1, now, now, null);
    return new InvoiceDraft(invoice, lines);
  }
}
