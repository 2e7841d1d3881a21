package dev.patron.server.http.routes;

import dev.patron.kit.http.PageParams;
import dev.patron.api.customer.Customer;
import dev.patron.api.plugin.ApiResponse;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.api.problem.Problems;
import dev.patron.core.customer.CustomerDraft;
import dev.patron.core.customer.CustomerImport;
import dev.patron.core.customer.CustomerListQuery;
import dev.patron.core.customer.CustomerReader;
import dev.patron.core.customer.CustomerService;
import dev.patron.core.idempotency.IdempotencyService;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.Endpoints;
import dev.patron.kit.http.Versions;
import dev.patron.server.http.auth.TenantAuthHandler;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** {@code /api/v1/customers}: the restaurant's customer profiles. */
public final class CustomerRoutes {

  private final CustomerService customers;
  private final IdempotencyService idempotency;
  private final CustomerImport importer;

  public CustomerRoutes(CustomerService customers, CustomerImport importer, IdempotencyService idempotency) {
    this.customers = customers;
    this.importer = importer;
    this.idempotency = idempotency;
  }

  public void register(Endpoints endpoints) {
    endpoints.post("/customers", this::create);
    endpoints.post("/customers/import", this::importCustomers);
    endpoints.get("/customers", this::list);
    endpoints.get("/customers/:customerId", this::get);
    endpoints.patch("/customers/:customerId", this::update);
    endpoints.delete("/customers/:customerId", this::archive);
  }

  private Future<?> create(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    JsonObject body = Requests.jsonObject(rc);
    CustomerDraft draft = CustomerReader.read(body, context);
    String key = Requests.idempotencyKey(rc);
    if (key == null) {
      return customers.create(context, draft).compose(customer -> Responses.send(rc, created(customer, context)));
    }
    return idempotency.run(context.tenant().id(), "customers.create", key, body,
            tx -> customers.create(tx, context, draft).map(customer -> created(customer, context)))
        .compose(response -> Responses.send(rc, response));
  }

  /**
   * Bulk import. No Idempotency-Key: each row commits on its own; rows with a referenceId are what
   * makes re-sending an import safe (they update instead of duplicating).
   */
  private Future<?> importCustomers(RoutingContext rc) {
    if (Requests.idempotencyKey(rc) != null) {
      throw Problems.badRequest("Imports do not take an Idempotency-Key: give each row a referenceId,"
          + " and sending the import again updates those customers instead of creating them twice.");
    }
    TenantContext context = TenantAuthHandler.context(rc);
    JsonArray rows = CustomerImport.rows(Requests.jsonObject(rc));
    return importer.run(context, rows).compose(outcomes -> {
      JsonArray items = new JsonArray();
      outcomes.forEach(outcome -> items.add(outcome.toJson(context)));
      return Responses.ok(rc, new JsonObject().put("summary", CustomerImport.summary(outcomes)).put("items", items));
    });
  }

  private static ApiResponse created(Customer customer, TenantContext context) {
    return ApiResponse.created("/api/v1/customers/" + customer.id(), CustomerService.toJson(customer, context))
        .withHeader("ETag", Versions.etag(customer.version()));
  }

  private Future<?> list(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    CustomerListQuery query = CustomerListQuery.parse(rc.queryParams()::get, PageParams.from(rc));
    return customers.list(context, query).compose(page -> Responses.page(rc,
        page.items().stream().map(c -> CustomerService.toJson(c, context)).toList(), page.nextCursor()));
  }

  private Future<?> get(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    return customers.get(context, customerId(rc)).compose(customer -> {
      rc.response().putHeader("ETag", Versions.etag(customer.version()));
      if (Versions.notModified(rc, customer.version())) {
        return rc.response().setStatusCode(304).end();
      }
      return Responses.ok(rc, CustomerService.toJson(customer, context));
    });
  }

  private Future<?> update(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    UUID id = customerId(rc);
    Long expected = Versions.ifMatch(rc);
    JsonObject patch = Requests.jsonObject(rc);
    return customers.update(context, id, patch, expected).compose(customer -> {
      rc.response().putHeader("ETag", Versions.etag(customer.version()));
      return Responses.ok(rc, CustomerService.toJson(customer, context));
    });
  }

  private Future<?> archive(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    return customers.archive(context, customerId(rc), Versions.ifMatch(rc))
        .compose(v -> Responses.noContent(rc));
  }

  private static UUID customerId(RoutingContext rc) {
    return Requests.pathId(rc, "customerId", "customer");
  }
}
