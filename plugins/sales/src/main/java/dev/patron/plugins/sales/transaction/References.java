package dev.patron.plugins.sales.transaction;

import dev.patron.api.plugin.CustomerAccess;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.sales.receipt.Sale;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the ids a receipt names in other parts of the platform: the customer (of this restaurant,
 * not archived) and the order profile. A 400 names each that is unknown, as for any invalid field.
 */
final class References {

  private final CustomerAccess customers;
  private final OrderProfiles profiles = new OrderProfiles();

  References(CustomerAccess customers) {
    this.customers = customers;
  }

  Future<Void> check(SqlClient tx, Tenant tenant, Sale sale) {
    Future<Boolean> customer = sale.customerId() == null
        ? Future.succeededFuture(true)
        : customers.find(tx, tenant, sale.customerId()).map(found -> found != null);
    Future<Boolean> profile = sale.orderProfileId() == null
        ? Future.succeededFuture(true)
        : profiles.accepts(tx, tenant.id(), sale.orderProfileId());
    return Future.all(customer, profile).map(done -> {
      List<FieldError> errors = new ArrayList<>();
      if (!customer.result()) {
        errors.add(new FieldError("customerId", "no customer of this restaurant has this id"));
      }
      if (!profile.result()) {
        errors.add(new FieldError("orderProfileId", "no order profile of this restaurant has this id"));
      }
      if (!errors.isEmpty()) {
        throw Problems.validation(errors);
      }
      return null;
    });
  }
}
