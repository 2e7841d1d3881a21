package dev.patron.plugins.support;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.List;
import java.util.UUID;

/**
 * Deletes a resource customers may have as their default. While customers have it as their default
 * the delete is refused, unless the caller says to give them another resource or none: then every
 * such customer is changed (an ordinary customer update each) and the resource deleted, all in one
 * transaction, which also records the plugin's deletion event about the resource (its id, code,
 * version and what happened to its customers: {@link #deletedEvent}).
 *
 * @param <R> the resource type
 */
public final class ResourceDeletion<R extends DefaultableResource> {

  private final PluginContext context;
  private final DefaultChoice<R> choice;
  private final ResourceProblems problems;
  private final String deletedEvent;

  /** @param deletedEvent the type of the event each delete records, e.g. {@code order-profiles.profile.deleted} */
  public ResourceDeletion(PluginContext context, DefaultChoice<R> choice, String deletedEvent) {
    this.context = context;
    this.choice = choice;
    this.problems = choice.problems();
    this.deletedEvent = deletedEvent;
  }

  /** What the delete did to the resource's customers. */
  private record Reassigned(UUID replacement, int customers) {
  }

  /** Deletes the resource {@code id}, if {@code expectedVersion} is given only at that version. */
  public Future<Void> delete(Tenant tenant, UUID id, Long expectedVersion, DeleteOptions options) {
    UUID tenantId = tenant.id();
    return context.pool().withTransaction(tx -> choice.resources().find(tx, tenantId, id).compose(resource -> {
      problems.found(resource, id);
      problems.checkVersion(resource, expectedVersion);
      return replacement(tx, tenantId, id, options)
          .compose(replacement -> choice.mirror().customersUsing(tx, tenantId, id).compose(customers -> {
            if (!customers.isEmpty() && !options.changesCustomers()) {
              throw problems.inUse(resource.code(), customers.size());
            }
            return setDefaults(tx, tenant, customers, choice.field().namespace(replacement))
                .map(v -> new Reassigned(replacement, customers.size()));
          }))
          // The resource is locked only now, after the customers: customer writes lock the
          // customer first and the resource second, so this order cannot deadlock with them.
          .compose(reassigned -> choice.resources().delete(tx, tenantId, id, expectedVersion)
              .compose(deleted -> deleted ? published(tx, tenant, resource, reassigned) : Future.failedFuture(
                  expectedVersion == null ? problems.notFound(id) : problems.changedWhileDeleted())))
          .recover(error -> Future.failedFuture(problems.chosenMeanwhile(error, resource.code())));
    }));
  }

  private Future<Void> published(SqlConnection tx, Tenant tenant, R resource, Reassigned reassigned) {
    JsonObject data = new JsonObject()
        .put("id", resource.id().toString())
        .put("code", resource.code())
        .put("version", resource.version())
        .put("customersChanged", reassigned.customers())
        .put("reassignedTo", reassigned.replacement() == null ? null : reassigned.replacement().toString());
    return context.events().append(tx, tenant, deletedEvent, resource.id(), data).mapEmpty();
  }

  /** The new default for the resource's customers: another resource they may choose, or none ({@code null}). */
  private Future<UUID> replacement(SqlConnection tx, UUID tenantId, UUID deleted, DeleteOptions options) {
    UUID target = options.reassignTo();
    if (target == null) {
      return Future.succeededFuture(null);
    }
    if (target.equals(deleted)) {
      return Future.failedFuture(problems.reassignedToItself());
    }
    return choice.lockChoosable(tx, tenantId, target, "reassignTo").map(DefaultableResource::id);
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
}
