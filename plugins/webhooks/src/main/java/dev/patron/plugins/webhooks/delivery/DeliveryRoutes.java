package dev.patron.plugins.webhooks.delivery;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.QueryParams;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.plugins.webhooks.endpoint.EndpointRepository;
import dev.patron.plugins.webhooks.send.EndpointKey;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** HTTP for an endpoint's delivery log: list, read with attempts, replay one, replay a range. */
public final class DeliveryRoutes {

  private static final Set<String> STATES = Set.of("PENDING", "SUCCEEDED", "FAILED");

  private final PluginContext context;
  private final Consumer<EndpointKey> wakeSender;
  private final DeliveryLog log = new DeliveryLog();
  private final EndpointRepository endpoints = new EndpointRepository();

  public DeliveryRoutes(PluginContext context, Consumer<EndpointKey> wakeSender) {
    this.context = context;
    this.wakeSender = wakeSender;
  }

  public void register(Router router) {
    router.get("/endpoints/:endpointId/deliveries").handler(Handlers.of(this::list));
    router.get("/endpoints/:endpointId/deliveries/:deliveryId").handler(Handlers.of(this::get));
    router.post("/endpoints/:endpointId/deliveries/:deliveryId/replay").handler(Handlers.of(this::replay));
    router.post("/endpoints/:endpointId/replays").handler(Handlers.of(this::replayRange));
  }

  private Future<?> list(RoutingContext rc) {
    QueryParams.only(rc, Set.of("state", "from", "to", "limit", "cursor"));
    Tenant tenant = PluginRequest.tenant(rc);
    UUID endpointId = endpointId(rc);
    String state = rc.queryParams().get("state");
    if (state != null && !STATES.contains(state)) {
      throw Problems.invalidField("state", "must be PENDING, SUCCEEDED or FAILED");
    }
    DeliveryLog.Filter filter = new DeliveryLog.Filter(state, instantParam(rc, "from"), instantParam(rc, "to"));
    return existing(tenant, endpointId)
        .compose(v -> log.list(context.client(), tenant.id(), endpointId, filter, PageParams.from(rc)))
        .compose(page -> Responses.page(rc, page.items().stream().map(Delivery::toJson).toList(), page.nextCursor()));
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return log.find(context.client(), tenant.id(), endpointId(rc), deliveryId(rc)).compose(delivery -> delivery == null
        ? Future.failedFuture(Problems.notFound("No such delivery of this endpoint."))
        : Responses.ok(rc, delivery));
  }

  private Future<?> replay(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID endpointId = endpointId(rc);
    UUID deliveryId = deliveryId(rc);
    return log.replay(context.client(), tenant.id(), endpointId, deliveryId).compose(found -> {
      if (!found) {
        return Future.failedFuture(Problems.notFound("No such delivery of this endpoint."));
      }
      wakeSender.accept(new EndpointKey(tenant.id(), endpointId));
      return log.find(context.client(), tenant.id(), endpointId, deliveryId)
          .compose(delivery -> Responses.json(rc, 202, delivery));
    });
  }

  /** Replays the finished deliveries created in [from, to), at most {@value DeliveryLog#MAX_REPLAY}. */
  private Future<?> replayRange(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID endpointId = endpointId(rc);
    JsonInput input = JsonInput.of(Requests.jsonObject(rc));
    Instant from = input.instant("from");
    Instant to = input.instant("to");
    Boolean onlyFailed = input.bool("onlyFailed");
    if (from == null && !input.has("from")) {
      input.error("from", "is required: the start of the range (RFC 3339)");
    }
    if (to == null && !input.has("to")) {
      input.error("to", "is required: the end of the range, exclusive (RFC 3339)");
    }
    if (from != null && to != null && !from.isBefore(to)) {
      input.error("to", "must be after from");
    }
    input.rejectUnknownFields().throwIfInvalid();
    DeliveryLog.Filter filter = new DeliveryLog.Filter(Boolean.TRUE.equals(onlyFailed) ? "FAILED" : null, from, to);
    return existing(tenant, endpointId).compose(v -> context.pool().withTransaction(tx ->
        log.countReplayable(tx, tenant.id(), endpointId, filter).compose(count -> count > DeliveryLog.MAX_REPLAY
            ? Future.failedFuture(Problems.unprocessable("replay-too-large", "The range holds " + count
                + " finished deliveries; replay at most " + DeliveryLog.MAX_REPLAY + " at once, in narrower ranges."))
            : log.replayRange(tx, tenant.id(), endpointId, filter))))
        .compose(replayed -> {
          wakeSender.accept(new EndpointKey(tenant.id(), endpointId));
          return Responses.json(rc, 202, new JsonObject().put("replayed", replayed));
        });
  }

  private Future<Void> existing(Tenant tenant, UUID endpointId) {
    return endpoints.find(context.client(), tenant.id(), endpointId).compose(endpoint -> endpoint == null
        ? Future.failedFuture(Problems.notFound("No such webhook endpoint."))
        : Future.succeededFuture());
  }

  private static Instant instantParam(RoutingContext rc, String name) {
    String value = rc.queryParams().get(name);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw Problems.invalidField(name, "must be an RFC 3339 UTC timestamp such as 2026-12-01T18:00:00Z");
    }
  }

  private static UUID endpointId(RoutingContext rc) {
    return Requests.pathId(rc, "endpointId", "webhook endpoint");
  }

  private static UUID deliveryId(RoutingContext rc) {
    return Requests.pathId(rc, "deliveryId", "delivery");
  }
}
