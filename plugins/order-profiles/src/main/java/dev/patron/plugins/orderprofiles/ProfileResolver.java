package dev.patron.plugins.orderprofiles;

import dev.patron.api.customer.Customer;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;

/**
 * Which profile applies to a customer's order: their default while it is active, else the
 * restaurant's default; {@code null} when neither exists. For the resolve route and the customer
 * overview alike, so both always give the same answer.
 */
final class ProfileResolver {

  Future<Resolution> resolve(SqlClient sql, UUID tenantId, Customer customer) {
    return ProfileKind.DEFAULTS.chosenBy(sql, tenantId, customer).compose(own -> own != null && own.active()
        ? Future.succeededFuture(new Resolution(own, Resolution.Source.CUSTOMER_DEFAULT))
        : ProfileKind.PROFILES.findTenantDefault(sql, tenantId)
            .map(fallback -> fallback == null ? null : new Resolution(fallback, Resolution.Source.TENANT_DEFAULT)));
  }
}
