package dev.patron.plugins.support;

import dev.patron.api.customer.Customer;
import dev.patron.api.problem.Problems;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;

/**
 * How a plugin's customers choose one of its resources as their default: the resource's wording and
 * table, the customer field that names the choice, the table mirroring it, and the plugin's own
 * rule on top of the shared ones. The customer hooks and the guarded delete work from it.
 *
 * @param problems the resource's wording
 * @param resources the resource's table
 * @param field the customer field holding the chosen resource's id
 * @param mirror the table mirroring every customer's choice
 * @param rule the plugin's own condition on a chosen resource ({@link ChoiceRule#none()} for none)
 * @param <R> the resource type
 */
public record DefaultChoice<R extends DefaultableResource>(
    ResourceProblems problems,
    ResourceTable<R> resources,
    DefaultField field,
    CustomerDefaults mirror,
    ChoiceRule<R> rule) {

  /** The choice of a template resource: its type's wording, field and mirror, stored in {@code resources}. */
  public static <F extends ResourceFields, R extends StoredResource<F>> DefaultChoice<R> of(
      ResourceType<F, R> type, ResourceTable<R> resources, ChoiceRule<R> rule) {
    return new DefaultChoice<>(type.problems(), resources, type.field(), type.mirror(), rule);
  }

  /**
   * Reads the resource {@code id} and locks it against change and deletion until the transaction
   * ends ({@code FOR SHARE}); a 400 on {@code field} unless a customer may choose it: it must be a
   * resource of the restaurant, active, and pass the plugin's rule.
   */
  public Future<R> lockChoosable(SqlClient sql, UUID tenantId, UUID id, String field) {
    return resources.findForShare(sql, tenantId, id).map(resource -> choosable(resource, field));
  }

  /**
   * The resource {@code customer}'s field names as default, as it is now (active or not), or
   * {@code null} when the customer chose none or it is gone. No lock: for reads.
   */
  public Future<R> chosenBy(SqlClient sql, UUID tenantId, Customer customer) {
    UUID chosen = field.storedOn(customer);
    return chosen == null ? Future.succeededFuture() : resources.find(sql, tenantId, chosen);
  }

  /** {@code resource} if a customer may choose it; a 400 on {@code field} saying why not otherwise. */
  R choosable(R resource, String field) {
    if (resource == null) {
      throw problems.notOfRestaurant(field);
    }
    if (!resource.active()) {
      throw problems.inactive(field, resource.code());
    }
    String refusal = rule.refusal(resource);
    if (refusal != null) {
      throw Problems.invalidField(field, refusal);
    }
    return resource;
  }
}
