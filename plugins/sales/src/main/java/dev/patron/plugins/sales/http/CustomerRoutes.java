package dev.patron.plugins.sales.http;

import dev.patron.api.money.Money;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.page.PageRequest;
import dev.patron.plugins.sales.history.HistoryQuery;
import dev.patron.plugins.sales.history.HistoryRepository;
import dev.patron.plugins.sales.history.Period;
import dev.patron.plugins.sales.history.ProductRepository;
import dev.patron.plugins.sales.history.ProductSort;
import dev.patron.plugins.sales.history.ProductTotal;
import dev.patron.plugins.sales.receipt.SaleLimits;
import dev.patron.plugins.sales.statistics.StatisticsJson;
import dev.patron.plugins.sales.statistics.StatisticsRepository;
import dev.patron.plugins.sales.transaction.TransactionJson;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * HTTP for what the back office and the POS read about one customer: their receipts, their
 * products, their statistics. Each answers 404 for a customer the restaurant does not have (or no
 * longer has); the customer is looked up at the same time as the data.
 */
public final class CustomerRoutes {

  private final PluginContext context;
  private final SalesClock clock;
  private final HistoryRepository history = new HistoryRepository();
  private final ProductRepository products = new ProductRepository();
  private final StatisticsRepository statistics = new StatisticsRepository();

  public CustomerRoutes(PluginContext context, SalesClock clock) {
    this.context = context;
    this.clock = clock;
  }

  public void register(Router router) {
    router.get("/customers/:customerId/transactions").handler(Handlers.of(this::transactions));
    router.get("/customers/:customerId/products").handler(Handlers.of(this::products));
    router.get("/customers/:customerId/statistics").handler(Handlers.of(this::statistics));
    router.get("/customers/last-visits").handler(Handlers.of(this::lastVisits));
  }

  /** Most customers one request asks about: a page of the back office's list. */
  static final int MAX_LAST_VISITS = 100;

  /** The last visits of up to {@value #MAX_LAST_VISITS} customers at once; customers without one are left out. */
  private Future<?> lastVisits(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    List<String> asked = rc.queryParam("customerId");
    if (asked.isEmpty() || asked.size() > MAX_LAST_VISITS) {
      throw Problems.invalidField("customerId", "give 1 to " + MAX_LAST_VISITS + " customer ids");
    }
    List<UUID> ids = new java.util.ArrayList<>();
    for (String id : asked) {
      try {
        ids.add(UUID.fromString(id));
      } catch (IllegalArgumentException e) {
        throw Problems.invalidField("customerId", "must be customer ids (UUIDs)");
      }
    }
    return statistics.lastVisits(context.client(), tenant.id(), ids).compose(visits -> Responses.ok(rc,
        new io.vertx.core.json.JsonObject().put("items", new io.vertx.core.json.JsonArray(visits.entrySet().stream()
            .map(v -> new io.vertx.core.json.JsonObject().put("customerId", v.getKey().toString())
                .put("lastVisitAt", v.getValue().toString()))
            .toList()))));
  }

  private Future<?> transactions(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID customerId = customerId(rc);
    QueryReader query = new QueryReader(rc);
    Period period = query.period();
    String location = query.text("location", SaleLimits.LABEL_MAX);
    query.throwIfInvalid();
    HistoryQuery request = new HistoryQuery(period, location, PageParams.from(rc));
    return ofExistingCustomer(tenant, customerId,
        () -> history.page(context.client(), tenant.id(), customerId, request, tenant.zone()))
        .compose(page -> Responses.page(rc, page.items().stream()
            .map(entry -> TransactionJson.summary(entry.transaction(), entry.lineCount())).toList(), page.nextCursor()));
  }

  private Future<?> products(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID customerId = customerId(rc);
    QueryReader query = new QueryReader(rc);
    Period period = query.period();
    String sortName = query.text("sort", 20);
    ProductSort sort = sortName == null ? ProductSort.QUANTITY : ProductSort.of(sortName);
    if (sort == null) {
      query.error("sort", "must be quantity or spend");
    }
    query.throwIfInvalid();
    PageRequest page = PageParams.from(rc);
    return ofExistingCustomer(tenant, customerId,
        () -> products.page(context.client(), tenant.id(), customerId, period, tenant.zone(), sort, page))
        .compose(found -> Responses.page(rc, found.items().stream()
            .map(product -> productJson(product, tenant.currency())).toList(), found.nextCursor()));
  }

  private Future<?> statistics(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID customerId = customerId(rc);
    return ofExistingCustomer(tenant, customerId,
        () -> statistics.find(context.client(), tenant.id(), customerId, clock.today(tenant)))
        .compose(found -> Responses.ok(rc, StatisticsJson.of(found, tenant.currency())));
  }

  /** The read, or a 404 when the restaurant has no such customer; both queries go out at once. */
  private <T> Future<T> ofExistingCustomer(Tenant tenant, UUID customerId, Supplier<Future<T>> read) {
    Future<Boolean> exists = context.customers().find(context.client(), tenant, customerId).map(found -> found != null);
    Future<T> result = read.get();
    return Future.all(exists, result).map(done -> {
      if (!exists.result()) {
        throw Problems.notFound("No customer with id " + customerId + ".");
      }
      return result.result();
    });
  }

  private static JsonObject productJson(ProductTotal product, String currency) {
    return new JsonObject()
        .put("productId", product.productId())
        .put("name", product.name())
        .put("category", product.category())
        .put("quantity", product.quantity())
        .put("spend", Money.toJson(product.spend(), currency))
        .put("transactions", product.transactions())
        .put("lastBoughtAt", product.lastBoughtAt().toString());
  }

  private static UUID customerId(RoutingContext rc) {
    return Requests.pathId(rc, "customerId", "customer");
  }
}
