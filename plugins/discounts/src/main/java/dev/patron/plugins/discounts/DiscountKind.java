package dev.patron.plugins.discounts;

import dev.patron.plugins.support.CustomerDefaults;
import dev.patron.plugins.support.DefaultChoice;
import dev.patron.plugins.support.DefaultField;
import dev.patron.plugins.support.ResourceProblems;
import java.time.Clock;

/**
 * What the shared plugin support code knows about discounts: their wording, and how a customer
 * chooses one as default — the field {@code extensions.discounts.defaultDiscountId}, mirrored in
 * {@code discounts.customer_defaults}. An active discount may be chosen unless it has expired (one
 * that becomes valid later may).
 */
final class DiscountKind {

  static final String PLUGIN_ID = "discounts";
  static final ResourceProblems PROBLEMS = new ResourceProblems("discount");
  static final DefaultField FIELD = new DefaultField(PLUGIN_ID, "defaultDiscountId");
  static final CustomerDefaults MIRROR = new CustomerDefaults("discounts", "discount_id");
  /** Recorded with each discount deleted. */
  static final String DELETED_EVENT = PLUGIN_ID + ".discount.deleted";

  private DiscountKind() {
  }

  /** Customers' defaults, with expiry judged by {@code clock}. */
  static DefaultChoice<Discount> defaults(Clock clock) {
    return new DefaultChoice<>(PROBLEMS, new DiscountRepository(), FIELD, MIRROR,
        discount -> discount.terms().expiredAt(clock.instant())
            ? "is the discount " + discount.code() + ", which has expired"
            : null);
  }
}
