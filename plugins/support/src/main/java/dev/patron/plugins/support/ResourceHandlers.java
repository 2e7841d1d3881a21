package dev.patron.plugins.support;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.Versions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * The HTTP adapter of the standard routes: reads a request, calls a use case, writes the response.
 * Query parameters and media types are not checked here: the host holds every request to the
 * plugin's OpenAPI fragment before a handler runs.
 */
final class ResourceHandlers<F extends ResourceFields, R extends StoredResource<F>> {

  private final PluginContext context;
  private final ResourceService<F, R> service;
  private final ResourceDeletion<R> deletion;
  private final ResourceType<F, R> type;
  private final ResourceNames names;

  ResourceHandlers(PluginContext context, ResourceService<F, R> service, ResourceDeletion<R> deletion) {
    this.context = context;
    this.service = service;
    this.deletion = deletion;
    this.type = service.type();
    this.names = type.names();
  }

  /** With an {@code Idempotency-Key}, a retried create replays the first response instead of creating twice. */
  Future<?> create(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    JsonObject body = Requests.jsonObject(rc);
    F fields = type.reader().read(body, tenant);
    return context.idempotency().run(tenant, names.createScope(), Requests.idempotencyKey(rc), body,
            tx -> service.create(tx, tenant, fields).map(resource ->
                ApiResponse.created(names.locationPrefix() + resource.id(), resource.toJson())
                    .withHeader("ETag", resource.etag())))
        .compose(response -> Responses.send(rc, response));
  }

  Future<?> list(RoutingContext rc) {
    return service.list(PluginRequest.tenant(rc), PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.items().stream().map(StoredResource::toJson).toList(), page.nextCursor()));
  }

  Future<?> get(RoutingContext rc) {
    return service.get(PluginRequest.tenant(rc), id(rc)).compose(resource -> {
      rc.response().putHeader("ETag", resource.etag());
      if (Versions.notModified(rc, resource.version())) {
        return rc.response().setStatusCode(304).end();
      }
      return Responses.ok(rc, resource.toJson());
    });
  }

  Future<?> update(RoutingContext rc) {
    UUID id = id(rc);
    Long expected = Versions.ifMatch(rc);
    JsonObject patch = Requests.jsonObject(rc);
    return service.update(PluginRequest.tenant(rc), id, patch, expected).compose(resource -> {
      rc.response().putHeader("ETag", resource.etag());
      return Responses.ok(rc, resource.toJson());
    });
  }

  Future<?> delete(RoutingContext rc) {
    UUID id = id(rc);
    DeleteOptions options = DeleteOptions.from(rc);
    return deletion.delete(PluginRequest.tenant(rc), id, Versions.ifMatch(rc), options)
        .compose(v -> Responses.noContent(rc));
  }

  Future<?> customers(RoutingContext rc) {
    return service.customersUsing(PluginRequest.tenant(rc), id(rc), PageParams.from(rc))
        .compose(page -> Responses.page(rc,
            page.items().stream().map(id -> new JsonObject().put("customerId", id.toString())).toList(),
            page.nextCursor()));
  }

  /** The path's resource id; a 404 when it cannot be one. */
  private UUID id(RoutingContext rc) {
    return Requests.pathId(rc, names.idParameter(), names.noun());
  }
}
