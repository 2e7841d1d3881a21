package dev.patron.plugins.discounts;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.support.DefaultChoice;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;

/**
 * Which discount applies to an order and how much it takes off: a code given at the register wins
 * (and must be usable now, else a 422 says why); otherwise the customer's default when it is usable
 * now; otherwise none. A walk-in guest (no customer) can use a code, and gets no default.
 */
public final class QuoteService {

  private final PluginContext context;
  private final Clock clock;
  private final DefaultChoice<Discount> defaults;

  public QuoteService(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
    this.defaults = DiscountKind.defaults(clock);
  }

  public Future<Quote> quote(Tenant tenant, QuoteRequest request) {
    SqlClient client = context.client();
    Instant now = clock.instant();
    if (request.customerId() == null) {
      return request.code() == null
          ? Future.succeededFuture(Quote.none(request.subtotal()))
          : byCode(client, tenant, request, now);
    }
    // A named customer must exist, also when a code decides: a wrong id is a bug at the register.
    return context.customers().find(client, tenant, request.customerId()).compose(customer -> {
      if (customer == null) {
        throw Problems.notFound("No customer with id " + request.customerId() + ".");
      }
      if (request.code() != null) {
        return byCode(client, tenant, request, now);
      }
      return defaults.chosenBy(client, tenant.id(), customer).map(discount ->
          discount != null && discount.terms().applicability(now) == Applicability.APPLICABLE
              ? Quote.of(discount, Quote.Source.CUSTOMER_DEFAULT, request.subtotal())
              : Quote.none(request.subtotal()));
    });
  }

  /** The discount the request's code names, which must be usable now. */
  private Future<Quote> byCode(SqlClient client, Tenant tenant, QuoteRequest request, Instant now) {
    return DiscountKind.DISCOUNTS.findByCode(client, tenant.id(), request.code()).map(discount -> {
      checkUsable(discount, request.code(), now);
      return Quote.of(discount, Quote.Source.CODE, request.subtotal());
    });
  }

  /** A 422 saying why the code cannot be used now. */
  static void checkUsable(Discount discount, String code, Instant now) {
    if (discount == null) {
      throw Problems.unprocessable("unknown-discount-code", "No discount has the code " + code + ".");
    }
    switch (discount.terms().applicability(now)) {
      case INACTIVE -> throw Problems.unprocessable("discount-inactive", "The discount " + code + " is inactive.");
      case NOT_YET_VALID -> throw Problems.unprocessable("discount-not-yet-valid",
          "The discount " + code + " is valid from " + discount.terms().validFrom() + ".");
      case EXPIRED -> throw Problems.unprocessable("discount-expired",
          "The discount " + code + " expired at " + discount.terms().validUntil() + ".");
      case APPLICABLE -> {
        // usable
      }
    }
  }
}
