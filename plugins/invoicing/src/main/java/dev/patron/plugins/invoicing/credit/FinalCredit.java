package dev.patron.plugins.invoicing.credit;

import dev.patron.plugins.invoicing.invoice.Invoice;
import dev.patron.plugins.invoicing.invoice.InvoiceLine;
import dev.patron.plugins.invoicing.tax.RateTotal;
import dev.patron.plugins.invoicing.tax.TaxCalculation;
import dev.patron.plugins.invoicing.tax.TaxCalculator;
import dev.patron.plugins.invoicing.tax.Totals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credit note that takes back the last of an invoice. VAT is rounded once per credit note, so
 * earlier partial credit notes can together differ from the invoice by a cent; computed on its own,
 * the last one would leave that cent open or take a cent too many. Instead it takes exactly what is
 * left: per rate the invoice's net less what earlier credit notes took, VAT on that as EN 16931
 * computes it, and the cent that makes the sum equal the rest as its rounding amount.
 */
final class FinalCredit {

  /** What credit notes took back of one invoice line so far: as priced and net. */
  record Credited(long amount, long net) {
    static final Credited NONE = new Credited(0, 0);
  }

  private FinalCredit() {
  }

  /** Whether taking back {@code creditLines} leaves nothing of any of the invoice's lines. */
  static boolean closes(List<InvoiceLine> lines, List<CreditNoteLine> creditLines, Map<Integer, Credited> credited) {
    for (InvoiceLine line : lines) {
      long now = creditLines.stream().filter(c -> c.invoicePosition() == line.position())
          .mapToLong(CreditNoteLine::amount).sum();
      if (credited.getOrDefault(line.position(), Credited.NONE).amount() + now != line.amount()) {
        return false;
      }
    }
    return true;
  }

  static TaxCalculation of(Invoice invoice, List<InvoiceLine> lines, List<CreditNoteLine> creditLines,
      Map<Integer, Credited> credited, List<CreditNote> earlier) {
    List<RateTotal> rates = new ArrayList<>();
    long sum = 0;
    for (RateTotal rate : invoice.totals().rates()) {
      long net = rate.net() - earlier.stream().flatMap(note -> note.totals().rates().stream())
          .filter(r -> r.rateBp() == rate.rateBp()).mapToLong(RateTotal::net).sum();
      long tax = TaxCalculator.vat(net, rate.rateBp());
      if (net != 0 || tax != 0) {
        rates.add(new RateTotal(rate.rateBp(), net, tax));
        sum += net + tax;
      }
    }
    long rest = invoice.totals().total() - invoice.credited();
    long subtotal = rates.stream().mapToLong(RateTotal::net).sum();
    long tax = rates.stream().mapToLong(RateTotal::tax).sum();
    List<Long> lineNets = new ArrayList<>();
    for (CreditNoteLine creditLine : creditLines) {
      InvoiceLine line = lines.stream().filter(l -> l.position() == creditLine.invoicePosition()).findFirst()
          .orElseThrow();
      lineNets.add(line.netAmount() - credited.getOrDefault(line.position(), Credited.NONE).net());
    }
    return new TaxCalculation(new Totals(invoice.totals().mode(), rates, subtotal, tax, rest - sum, rest), lineNets);
  }
}
