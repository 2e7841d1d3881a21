package dev.patron.plugins.discounts;

import dev.patron.plugins.support.DefaultChoice;
import dev.patron.plugins.support.ResourceNames;
import dev.patron.plugins.support.ResourceRepository;
import dev.patron.plugins.support.ResourceType;
import java.time.Clock;

/**
 * Discounts as the shared template sees them: the routes {@code /discounts}, the table {@code
 * discounts.discounts}, the customer field {@code extensions.discounts.defaultDiscountId} mirrored
 * in {@code discounts.customer_defaults} (see {@link ResourceNames}). An active discount may be
 * chosen as default unless it has expired (one that becomes valid later may).
 */
final class DiscountKind {

  static final ResourceType<DiscountTerms, Discount> TYPE = new ResourceType<>(
      new ResourceNames("discounts", "discounts", "discount"),
      (json, tenant) -> DiscountReader.read(json, tenant.currency()),
      new DiscountColumns(),
      Discount::new);
  static final ResourceRepository<DiscountTerms, Discount> DISCOUNTS = new ResourceRepository<>(TYPE);

  private DiscountKind() {
  }

  /** Customers' defaults, with expiry judged by {@code clock}. */
  static DefaultChoice<Discount> defaults(Clock clock) {
    return DefaultChoice.of(TYPE, DISCOUNTS,
        discount -> discount.terms().expiredAt(clock.instant())
            ? "is the discount " + discount.code() + ", which has expired"
            : null);
  }
}
