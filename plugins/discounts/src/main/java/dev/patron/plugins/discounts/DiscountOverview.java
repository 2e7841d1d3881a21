package dev.patron.plugins.discounts;

import dev.patron.api.plugin.CustomerOverviewContributor;
import dev.patron.api.plugin.CustomerOverviewRequest;
import dev.patron.plugins.support.DefaultChoice;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import org.pf4j.Extension;

/**
 * The customer overview's {@code discounts} section: the customer's default discount, and whether a
 * quote without a code would apply it now (it must be active and within its validity).
 */
@Extension
public class DiscountOverview implements CustomerOverviewContributor {

  private final Clock clock;
  private final DefaultChoice<Discount> defaults;

  public DiscountOverview() {
    this(Clock.systemUTC());
  }

  DiscountOverview(Clock clock) {
    this.clock = clock;
    this.defaults = DiscountKind.defaults(clock);
  }

  @Override
  public Future<JsonObject> overview(CustomerOverviewRequest request) {
    return defaults.chosenBy(request.sql(), request.tenant().id(), request.customer()).map(discount -> new JsonObject()
        .put("defaultDiscount", discount == null ? null : discount.toJson())
        .put("appliesNow", discount != null && discount.terms().applicability(clock.instant()) == Applicability.APPLICABLE));
  }
}
