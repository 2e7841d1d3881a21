package dev.patron.plugins.orderprofiles;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.QueryParams;
import dev.patron.kit.http.Responses;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;

/**
 * {@code GET /resolve?customerId=}: the profile to apply at the register, the customer's default
 * while it is active, else the restaurant's default; a 404 when the customer does not exist or no
 * profile applies.
 */
final class ResolveRoute {

  private final PluginContext context;
  private final ProfileResolver resolver = new ProfileResolver();

  ResolveRoute(PluginContext context) {
    this.context = context;
  }

  Future<?> handle(RoutingContext rc) {
    UUID customerId = QueryParams.uuid(rc, "customerId");
    if (customerId == null) {
      throw Problems.invalidField("customerId", "is required");
    }
    return resolve(PluginRequest.tenant(rc), customerId).compose(resolution -> Responses.ok(rc, resolution.toJson()));
  }

  private Future<Resolution> resolve(Tenant tenant, UUID customerId) {
    SqlClient client = context.client();
    return context.customers().find(client, tenant, customerId).compose(customer -> {
      if (customer == null) {
        throw Problems.notFound("No customer with id " + customerId + ".");
      }
      return resolver.resolve(client, tenant.id(), customer).map(resolution -> {
        if (resolution == null) {
          throw Problem.of(404, "no-profile-applies", "No profile applies",
              "Customer " + customerId + " has no active default profile and the restaurant has no default"
                  + " profile; give the customer a default or mark a profile with tenantDefault: true.")
              .toException();
        }
        return resolution;
      });
    });
  }
}
