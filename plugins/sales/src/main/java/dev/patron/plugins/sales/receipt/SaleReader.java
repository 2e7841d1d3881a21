package dev.patron.plugins.sales.receipt;

import dev.patron.api.money.Money;
import dev.patron.kit.json.Items;
import dev.patron.kit.json.JsonInput;
import dev.patron.kit.json.MoneyInput;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Reads the body of {@code POST /transactions} into a {@link Sale}, reporting every invalid field
 * at once (400): types, bounds, required members, unknown members. Whether the figures add up is
 * {@link ReceiptArithmetic}'s part.
 */
public final class SaleReader {

  /** A till whose clock runs a few minutes fast must not have its receipts refused. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final String currency;

  public SaleReader(String currency) {
    this.currency = currency;
  }

  /** @param now the server's time: {@code closedAt} may not lie after it (beyond {@link #CLOCK_SKEW}) */
  public Sale read(JsonObject body, Instant now) {
    JsonInput in = JsonInput.of(body);
    String receiptId = in.requiredString("receiptId", SaleLimits.RECEIPT_ID_MAX);
    UUID customerId = in.uuid("customerId");
    Instant closedAt = micros(in.pastInstant("closedAt", now, CLOCK_SKEW));
    if (body.getValue("closedAt") == null) {
      in.error("closedAt", "is required");
    }
    String location = in.string("location", SaleLimits.LABEL_MAX);
    String register = in.string("register", SaleLimits.LABEL_MAX);
    String staff = in.string("staff", SaleLimits.LABEL_MAX);
    UUID orderProfileId = in.uuid("orderProfileId");
    List<SaleLine> lines = Items.read(in, "lines", 1, SaleLimits.MAX_LINES, this::line);
    List<OrderDiscount> discounts = Items.read(in, "discounts", 0, SaleLimits.MAX_DISCOUNTS, this::discount);
    long serviceCharge = optionalMoney(in, "serviceCharge", 0);
    long tip = optionalMoney(in, "tip", 0);
    List<TaxAmount> taxes = Items.read(in, "taxes", 0, SaleLimits.MAX_TAXES, this::tax);
    long total = requiredMoney(in, "total", 0);
    List<Payment> payments = Items.read(in, "payments", 0, SaleLimits.MAX_PAYMENTS, this::payment);
    if (body.getValue("payments") == null) {
      in.error("payments", "is required (an empty list when nothing was paid)");
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new Sale(receiptId, customerId, closedAt, location, register, staff, orderProfileId, lines, discounts,
        serviceCharge, tip, taxes, total, payments);
  }

  private SaleLine line(JsonInput in) {
    String productId = in.requiredString("productId", SaleLimits.PRODUCT_ID_MAX);
    String name = in.requiredString("name", SaleLimits.NAME_MAX);
    String category = in.string("category", SaleLimits.LABEL_MAX);
    BigDecimal quantity = in.decimal("quantity", SaleLimits.MIN_QUANTITY, SaleLimits.MAX_QUANTITY,
        SaleLimits.QUANTITY_SCALE);
    required(in, "quantity");
    long unitPrice = requiredMoney(in, "unitPrice", 0);
    long lineDiscount = optionalMoney(in, "lineDiscount", 0);
    BigDecimal taxRate = in.decimal("taxRate", BigDecimal.ZERO, SaleLimits.MAX_TAX_RATE, SaleLimits.TAX_RATE_SCALE);
    required(in, "taxRate");
    Money amount = MoneyInput.read(in, "amount", currency, 0, SaleLimits.MAX_AMOUNT);
    return new SaleLine(productId, name, category, quantity == null ? BigDecimal.ONE : quantity, unitPrice,
        lineDiscount, taxRate == null ? BigDecimal.ZERO : taxRate, amount == null ? null : amount.amount());
  }

  private OrderDiscount discount(JsonInput in) {
    UUID discountId = in.uuid("discountId");
    String name = in.string("name", SaleLimits.NAME_MAX);
    long amount = requiredMoney(in, "amount", 1);
    return new OrderDiscount(discountId, name, amount);
  }

  private TaxAmount tax(JsonInput in) {
    BigDecimal rate = in.decimal("rate", BigDecimal.ZERO, SaleLimits.MAX_TAX_RATE, SaleLimits.TAX_RATE_SCALE);
    required(in, "rate");
    long amount = requiredMoney(in, "amount", 0);
    return new TaxAmount(rate == null ? BigDecimal.ZERO : rate, amount);
  }

  private Payment payment(JsonInput in) {
    PaymentMethod method = in.enumValue("method", PaymentMethod.class);
    required(in, "method");
    long amount = requiredMoney(in, "amount", 1);
    String reference = in.string("reference", SaleLimits.REFERENCE_MAX);
    return new Payment(method == null ? PaymentMethod.OTHER : method, amount, reference);
  }

  private long requiredMoney(JsonInput in, String field, long min) {
    required(in, field);
    return optionalMoney(in, field, min);
  }

  private long optionalMoney(JsonInput in, String field, long min) {
    Money money = MoneyInput.read(in, field, currency, min, SaleLimits.MAX_AMOUNT);
    return money == null ? 0 : money.amount();
  }

  /** At the precision PostgreSQL stores, so the answer to a post is what is read back later. */
  public static Instant micros(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  private static void required(JsonInput in, String field) {
    if (in.json().getValue(field) == null) {
      in.error(field, "is required");
    }
  }
}
