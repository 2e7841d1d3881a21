package dev.patron.plugins.discounts;

import dev.patron.plugins.support.CustomerDefaultHooks;
import java.time.Clock;
import org.pf4j.Extension;

/**
 * Validates a customer's default discount when it is written and keeps the mirror table in step,
 * inside the customer write's transaction; forgets the customer when it is archived.
 */
@Extension
public class DefaultDiscountHooks extends CustomerDefaultHooks<Discount> {

  public DefaultDiscountHooks() {
    this(Clock.systemUTC());
  }

  DefaultDiscountHooks(Clock clock) {
    super(DiscountKind.defaults(clock));
  }
}
