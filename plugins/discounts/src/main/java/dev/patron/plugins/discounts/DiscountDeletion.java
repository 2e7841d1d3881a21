package dev.patron.plugins.discounts;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.api.sql.PgErrors;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Deletes a discount. While customers have it as their default the delete is refused, unless the
 * caller says to give them another discount or none: then every such customer is changed (an
 * ordinary customer update each) and the discount deleted, all in one transaction.
 */
public final class DiscountDeletion {

  private final PluginContext context;
  private final Clock clock;
  private final DiscountRepository discounts = new DiscountRepository();
  private final CustomerDefaults defaults = new CustomerDefaults();

  public DiscountDeletion(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  public Future<Void> delete(Tenant tenant, UUID id, Long expectedVersion, DeleteOptions options) {
    UUID tenantId = tenant.id();
    return context.pool().withTransaction(tx -> discounts.find(tx, tenantId, id).compose(discount -> {
      DiscountService.found(discount, id);
      DiscountService.checkVersion(discount, expectedVersion);
      return replacement(tx, tenantId, id, options)
          .compose(replacement -> defaults.customersUsing(tx, tenantId, id).compose(customers -> {
            if (!customers.isEmpty() && !options.changesCustomers()) {
              throw inUse(discount, customers.size());
            }
            return setDefaults(tx, tenant, customers, replacement.toJson());
          }))
          // The discount is locked only now, after the customers: customer writes lock the
          // customer first and the discount second, so this order cannot deadlock with them.
          .compose(v -> discounts.delete(tx, tenantId, id, expectedVersion))
          .recover(error -> Future.failedFuture(chosenMeanwhile(error, discount)))
          .compose(deleted -> deleted ? Future.<Void>succeededFuture() : Future.failedFuture(expectedVersion == null
              ? Problems.notFound("No discount with id " + id + ".")
              : Problems.preconditionFailed("The discount changed while it was being deleted; read it again.")));
    }));
  }

  /** The new default for the discount's customers: another usable discount, or none. */
  private Future<DefaultDiscountExtension> replacement(SqlConnection tx, UUID tenantId, UUID deleted,
      DeleteOptions options) {
    UUID target = options.reassignTo();
    if (target == null) {
      return Future.succeededFuture(new DefaultDiscountExtension(null));
    }
    if (target.equals(deleted)) {
      return Future.failedFuture(Problems.invalidField("reassignTo", "must be another discount than the one deleted"));
    }
    return discounts.findForShare(tx, tenantId, target).map(discount -> {
      if (discount == null) {
        throw Problems.invalidField("reassignTo", "is not a discount of this restaurant");
      }
      if (!discount.terms().active()) {
        throw Problems.invalidField("reassignTo", "is the inactive discount " + discount.code() + "; choose an active one");
      }
      if (discount.terms().expiredAt(clock.instant())) {
        throw Problems.invalidField("reassignTo", "is the discount " + discount.code() + ", which has expired");
      }
      return new DefaultDiscountExtension(discount.id());
    });
  }

  /** Sets each customer's namespace in turn (one connection: one statement at a time). */
  private Future<Void> setDefaults(SqlConnection tx, Tenant tenant, List<UUID> customers, JsonObject namespace) {
    Future<Void> chain = Future.succeededFuture();
    for (UUID customerId : customers) {
      chain = chain.compose(v -> context.customers().setExtension(tx, tenant, customerId, namespace)
          .<Void>mapEmpty()
          .recover(error -> archivedMeanwhile(error) ? Future.succeededFuture() : Future.failedFuture(error)));
    }
    return chain;
  }

  /** A customer archived since the mirror was read has nothing left to change. */
  private static boolean archivedMeanwhile(Throwable error) {
    return error instanceof ProblemException problem && problem.problem().status() == 404;
  }

  static ProblemException inUse(Discount discount, int customers) {
    String who = customers == 1 ? "1 customer has" : customers + " customers have";
    return Problem.of(409, "discount-in-use", "Conflict", who + " discount " + discount.code() + " as their default."
            + " Delete it with ?reassignTo=<discountId> to give them another discount, or with ?clearDefaults=true"
            + " to remove their default.")
        .with("customers", customers)
        .toException();
  }

  /** The foreign key caught a customer who chose the discount after its customers were read. */
  private static Throwable chosenMeanwhile(Throwable error, Discount discount) {
    if (PgErrors.isForeignKeyViolation(error)) {
      return Problem.of(409, "discount-in-use", "Conflict", "A customer chose discount " + discount.code()
          + " as their default while it was being deleted; nothing was changed. Try again.").toException();
    }
    return error;
  }
}
