package dev.patron.plugins.invoicing.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * VAT as EN 16931 computes it, for both tax modes. Lines are grouped by rate; each rate's VAT is its
 * net amount times the rate, rounded half up to a whole minor unit, once per rate (never per line).
 *
 * <p><b>Prices without VAT:</b> the net amount of a rate is the sum of its lines, and VAT is added.
 *
 * <p><b>Prices with VAT:</b> the till's gross per rate is what the guest pays, so the net amount is
 * taken back out of it: the net N whose {@code N + round(N × rate)} equals the gross. For a few
 * gross amounts no such N exists (at 10 %, one cent in eleven: VAT steps by a cent every ten cents
 * of net), and the nearest N leaves a cent over; that cent is the document's rounding amount
 * (EN 16931 BT-114), so the total is still exactly what the till charged and every figure on the
 * invoice agrees with the e-invoice's own arithmetic. Each line's net is its share of the rate's
 * net, the cents that shares leave over going to the lines with the largest remainders, so the lines
 * add up to the rate's net.
 */
public final class TaxCalculator {

  private static final BigDecimal BASIS = BigDecimal.valueOf(10_000);

  private TaxCalculator() {
  }

  public static TaxCalculation calculate(TaxMode mode, List<TaxedLine> lines) {
    Map<Integer, List<Integer>> lineIndexesByRate = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      lineIndexesByRate.computeIfAbsent(lines.get(i).rateBp(), rate -> new ArrayList<>()).add(i);
    }
    long[] lineNets = new long[lines.size()];
    List<RateTotal> rates = new ArrayList<>();
    long rounding = 0;
    for (Map.Entry<Integer, List<Integer>> group : lineIndexesByRate.entrySet()) {
      int rateBp = group.getKey();
      long sum = group.getValue().stream().mapToLong(i -> lines.get(i).amount()).reduce(0, Math::addExact);
      long net = mode == TaxMode.EXCLUSIVE ? sum : netOfGross(sum, rateBp);
      long tax = vat(net, rateBp);
      if (mode == TaxMode.INCLUSIVE) {
        rounding = Math.addExact(rounding, sum - net - tax);
        share(net, sum, group.getValue(), lines, lineNets);
      } else {
        group.getValue().forEach(i -> lineNets[i] = lines.get(i).amount());
      }
      rates.add(new RateTotal(rateBp, net, tax));
    }
    long subtotal = rates.stream().mapToLong(RateTotal::net).reduce(0, Math::addExact);
    long tax = rates.stream().mapToLong(RateTotal::tax).reduce(0, Math::addExact);
    long total = Math.addExact(Math.addExact(subtotal, tax), rounding);
    List<Long> nets = new ArrayList<>();
    for (long lineNet : lineNets) {
      nets.add(lineNet);
    }
    return new TaxCalculation(new Totals(mode, rates, subtotal, tax, rounding, total), nets);
  }

  /** VAT on {@code net} at {@code rateBp}, rounded half up to a whole minor unit. */
  public static long vat(long net, int rateBp) {
    return BigDecimal.valueOf(net).multiply(BigDecimal.valueOf(rateBp))
        .divide(BASIS, 0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The net amount whose net plus VAT is {@code gross}, or the nearest one where none is. */
  static long netOfGross(long gross, int rateBp) {
    long estimate = BigDecimal.valueOf(gross).multiply(BASIS)
        .divide(BASIS.add(BigDecimal.valueOf(rateBp)), 0, RoundingMode.HALF_UP).longValueExact();
    for (long candidate : new long[] {estimate, estimate - 1, estimate + 1}) {
      if (candidate >= 0 && candidate + vat(candidate, rateBp) == gross) {
        return candidate;
      }
    }
    return estimate;
  }

  /** Splits {@code net} over the lines in proportion to their gross amounts (largest remainder). */
  private static void share(long net, long gross, List<Integer> indexes, List<TaxedLine> lines, long[] lineNets) {
    if (gross == 0) {
      indexes.forEach(i -> lineNets[i] = 0);
      return;
    }
    BigDecimal[] remainders = new BigDecimal[lines.size()];
    long given = 0;
    for (int i : indexes) {
      BigDecimal[] split = BigDecimal.valueOf(lines.get(i).amount()).multiply(BigDecimal.valueOf(net))
          .divideAndRemainder(BigDecimal.valueOf(gross));
      lineNets[i] = split[0].longValueExact();
      remainders[i] = split[1];
      given += lineNets[i];
    }
    List<Integer> byRemainder = new ArrayList<>(indexes);
    byRemainder.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; given < net; k++, given++) {
      lineNets[byRemainder.get(k % byRemainder.size())]++;
    }
  }
}
