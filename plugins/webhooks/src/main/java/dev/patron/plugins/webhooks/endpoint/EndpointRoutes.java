package dev.patron.plugins.webhooks.endpoint;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.api.plugin.Idempotency;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.Versions;
import dev.patron.kit.json.JsonInput;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.UUID;

/** HTTP for endpoints: register, list, read, change, delete, rotate the secret. */
public final class EndpointRoutes {

  public static final String BASE = "/api/v1/plugins/webhooks";
  /** The default and longest time the previous secret keeps signing after a rotation. */
  static final long DEFAULT_OVERLAP_SECONDS = 24 * 3600;
  static final long MAX_OVERLAP_SECONDS = 7 * 24 * 3600;

  private final EndpointService endpoints;
  private final Idempotency idempotency;
  private final boolean allowHttp;

  public EndpointRoutes(EndpointService endpoints, Idempotency idempotency, boolean allowHttp) {
    this.endpoints = endpoints;
    this.idempotency = idempotency;
    this.allowHttp = allowHttp;
  }

  public void register(Router router) {
    router.post("/endpoints").handler(Handlers.of(this::create));
    router.get("/endpoints").handler(Handlers.of(this::list));
    router.get("/endpoints/:endpointId").handler(Handlers.of(this::get));
    router.patch("/endpoints/:endpointId").handler(Handlers.of(this::change));
    router.delete("/endpoints/:endpointId").handler(Handlers.of(this::delete));
    router.post("/endpoints/:endpointId/secret-rotations").handler(Handlers.of(this::rotate));
  }

  /**
   * The secret is added to the answer after the idempotency record is written, so it is never
   * stored in the clear: a replay answers the endpoint with {@code secret: null}.
   */
  private Future<?> create(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    JsonObject body = Requests.jsonObject(rc);
    EndpointInput input = EndpointInput.forCreate(body, allowHttp);
    String[] secret = new String[1];
    return endpoints.checkReachable(input.url().orElseThrow())
        .compose(v -> idempotency.run(tenant, "webhooks.endpoints.create", Requests.idempotencyKey(rc), body,
            tx -> endpoints.register(tx, tenant, input).map(registered -> {
              secret[0] = registered.secret();
              return ApiResponse.created(BASE + "/endpoints/" + registered.endpoint().id(),
                      registered.endpoint().toJson().put("secret", null))
                  .withHeader("ETag", Versions.etag(registered.endpoint().version()));
            })))
        .compose(response -> {
          JsonObject answer = response.body().copy();
          if (!response.replayed()) {
            answer.put("secret", secret[0]);
          }
          return Responses.send(rc, new ApiResponse(response.status(), answer, response.headers(), response.replayed()));
        });
  }

  private Future<?> list(RoutingContext rc) {
    return endpoints.list(PluginRequest.tenant(rc), PageParams.from(rc)).compose(page ->
        Responses.page(rc, page.items().stream().map(Endpoint::toJson).toList(), page.nextCursor()));
  }

  private Future<?> get(RoutingContext rc) {
    return endpoints.get(PluginRequest.tenant(rc), endpointId(rc)).compose(endpoint -> send(rc, endpoint));
  }

  private Future<?> change(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    Long expected = Versions.ifMatch(rc);
    EndpointInput input = EndpointInput.forChange(Requests.jsonObject(rc), allowHttp);
    Future<Void> reachable = input.url().isPresent() ? endpoints.checkReachable(input.url().get()) : Future.succeededFuture();
    return reachable.compose(v -> endpoints.change(tenant, endpointId(rc), input, expected))
        .compose(endpoint -> send(rc, endpoint));
  }

  private Future<?> delete(RoutingContext rc) {
    return endpoints.delete(PluginRequest.tenant(rc), endpointId(rc), Versions.ifMatch(rc))
        .compose(v -> Responses.noContent(rc));
  }

  private Future<?> rotate(RoutingContext rc) {
    JsonInput input = JsonInput.of(Requests.jsonValue(rc) == null ? new JsonObject() : Requests.jsonObject(rc));
    Long overlap = input.longValue("overlapSeconds", 0, MAX_OVERLAP_SECONDS);
    input.rejectUnknownFields().throwIfInvalid();
    Duration window = Duration.ofSeconds(overlap == null ? DEFAULT_OVERLAP_SECONDS : overlap);
    return endpoints.rotate(PluginRequest.tenant(rc), endpointId(rc), window).compose(rotated -> {
      rc.response().putHeader("ETag", Versions.etag(rotated.endpoint().version()));
      return Responses.ok(rc, rotated.endpoint().toJson().put("secret", rotated.secret()));
    });
  }

  private static Future<Void> send(RoutingContext rc, Endpoint endpoint) {
    rc.response().putHeader("ETag", Versions.etag(endpoint.version()));
    return Responses.ok(rc, endpoint.toJson());
  }

  static UUID endpointId(RoutingContext rc) {
    return Requests.pathId(rc, "endpointId", "webhook endpoint");
  }
}
