package dev.patron.plugins.orderprofiles;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.api.sql.PgErrors;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.UUID;

/**
 * Deletes a profile. While customers have it as their default the delete is refused, unless the
 * caller says to give them another profile or none: then every such customer is changed (an
 * ordinary customer update each) and the profile deleted, all in one transaction.
 */
public final class ProfileDeletion {

  private final PluginContext context;
  private final ProfileRepository profiles = new ProfileRepository();
  private final CustomerDefaults defaults = new CustomerDefaults();

  public ProfileDeletion(PluginContext context) {
    this.context = context;
  }

  public Future<Void> delete(Tenant tenant, UUID id, Long expectedVersion, DeleteOptions options) {
    UUID tenantId = tenant.id();
    return context.pool().withTransaction(tx -> profiles.find(tx, tenantId, id).compose(profile -> {
      ProfileService.found(profile, id);
      ProfileService.checkVersion(profile, expectedVersion);
      return replacement(tx, tenantId, id, options)
          .compose(replacement -> defaults.customersUsing(tx, tenantId, id).compose(customers -> {
            if (!customers.isEmpty() && !options.changesCustomers()) {
              throw inUse(profile, customers.size());
            }
            return setDefaults(tx, tenant, customers, replacement.toJson());
          }))
          // The profile is locked only now, after the customers: customer writes lock the
          // customer first and the profile second, so this order cannot deadlock with them.
          .compose(v -> profiles.delete(tx, tenantId, id, expectedVersion))
          .recover(error -> Future.failedFuture(chosenMeanwhile(error, profile)))
          .compose(deleted -> deleted ? Future.<Void>succeededFuture() : Future.failedFuture(expectedVersion == null
              ? Problems.notFound("No profile with id " + id + ".")
              : Problems.preconditionFailed("The profile changed while it was being deleted; read it again.")));
    }));
  }

  /** The new default for the profile's customers: another active profile, or none. */
  private Future<DefaultProfileExtension> replacement(SqlConnection tx, UUID tenantId, UUID deleted, DeleteOptions options) {
    UUID target = options.reassignTo();
    if (target == null) {
      return Future.succeededFuture(new DefaultProfileExtension(null));
    }
    if (target.equals(deleted)) {
      return Future.failedFuture(Problems.invalidField("reassignTo", "must be another profile than the one deleted"));
    }
    return profiles.findForShare(tx, tenantId, target).map(profile -> {
      if (profile == null) {
        throw Problems.invalidField("reassignTo", "is not a profile of this restaurant");
      }
      if (!profile.active()) {
        throw Problems.invalidField("reassignTo", "is the inactive profile " + profile.code() + "; choose an active one");
      }
      return new DefaultProfileExtension(profile.id());
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

  static ProblemException inUse(Profile profile, int customers) {
    String who = customers == 1 ? "1 customer has" : customers + " customers have";
    return Problem.of(409, "profile-in-use", "Conflict", who + " profile " + profile.code() + " as their default."
            + " Delete it with ?reassignTo=<profileId> to give them another profile, or with ?clearDefaults=true"
            + " to remove their default.")
        .with("customers", customers)
        .toException();
  }

  /** The foreign key caught a customer who chose the profile after its customers were read. */
  private static Throwable chosenMeanwhile(Throwable error, Profile profile) {
    if (PgErrors.isForeignKeyViolation(error)) {
      return Problem.of(409, "profile-in-use", "Conflict", "A customer chose profile " + profile.code()
          + " as their default while it was being deleted; nothing was changed. Try again.").toException();
    }
    return error;
  }
}
