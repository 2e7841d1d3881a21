package dev.patron.plugins.sales.http;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.kit.page.PageRequest;
import dev.patron.plugins.sales.statistics.StatisticsRebuild;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /maintenance/statistics-rebuild}: recomputes the restaurant's customer statistics
 * from its receipts, a batch of customers per call, reports drift and repairs it.
 *
 * <p>A plugin's routes are served only under {@code /api/v1/plugins/<id>/} behind the tenant API
 * key (the host's admin token is refused there), so this route is the restaurant's own; a host
 * runs it for a restaurant with an API key issued through the admin API. It touches only that
 * restaurant's rows and holds each batch's customers locked for one transaction, so it is safe to
 * run while sales go on.
 */
public final class MaintenanceRoutes {

  static final int DEFAULT_BATCH = 100;
  static final int MAX_BATCH = 500;

  private final PluginContext context;
  private final SalesClock clock;
  private final StatisticsRebuild rebuild = new StatisticsRebuild();

  public MaintenanceRoutes(PluginContext context, SalesClock clock) {
    this.context = context;
    this.clock = clock;
  }

  public void register(Router router) {
    router.post("/maintenance/statistics-rebuild").handler(Handlers.of(this::rebuild));
  }

  /** The body's options: one customer, or a batch after a cursor; check only, or repair. */
  private record Options(UUID customerId, UUID after, int limit, boolean checkOnly) {
  }

  private Future<?> rebuild(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    Options options = options(Requests.jsonObject(rc));
    return context.pool().withTransaction(tx -> {
      Future<List<UUID>> batch = options.customerId() != null
          ? Future.succeededFuture(List.of(options.customerId()))
          : rebuild.customers(tx, tenant.id(), options.after(), options.limit() + 1);
      return batch.compose(found -> {
        List<UUID> customers = found.size() > options.limit() ? found.subList(0, options.limit()) : found;
        String next = found.size() > options.limit()
            ? PageRequest.encode(new JsonObject().put("customerId", customers.get(customers.size() - 1).toString()))
            : null;
        return rebuild.run(tx, tenant.id(), customers, options.checkOnly(), clock.now())
            .map(result -> report(result, next));
      });
    }).compose(report -> Responses.ok(rc, report));
  }

  private static Options options(JsonObject body) {
    JsonInput in = JsonInput.of(body);
    UUID customerId = in.uuid("customerId");
    String cursor = in.string("cursor", 2000);
    Integer limit = in.intValue("limit", 1, MAX_BATCH);
    Boolean checkOnly = in.bool("checkOnly");
    if (customerId != null && cursor != null) {
      in.error("cursor", "goes with a batch, not with customerId");
    }
    in.rejectUnknownFields();
    in.throwIfInvalid();
    UUID after = cursor == null ? null : PageRequest.of(null, cursor).afterUuid("customerId");
    return new Options(customerId, after, limit == null ? DEFAULT_BATCH : limit, Boolean.TRUE.equals(checkOnly));
  }

  private static JsonObject report(StatisticsRebuild.Batch batch, String nextCursor) {
    JsonArray drifted = new JsonArray();
    batch.drifted().forEach(drift -> drifted.add(new JsonObject()
        .put("customerId", drift.customerId().toString())
        .put("parts", new JsonArray(List.copyOf(drift.parts())))));
    return new JsonObject()
        .put("checked", batch.checked().size())
        .put("drifted", drifted)
        .put("repaired", batch.repaired())
        .put("nextCursor", nextCursor);
  }
}
