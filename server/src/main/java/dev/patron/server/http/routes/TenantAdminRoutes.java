package dev.patron.server.http.routes;

import dev.patron.kit.http.PageParams;
import dev.patron.api.plugin.ApiResponse;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.core.idempotency.IdempotencyService;
import dev.patron.core.tenant.ApiKey;
import dev.patron.core.tenant.TenantInput;
import dev.patron.core.tenant.TenantRecord;
import dev.patron.core.tenant.TenantService;
import dev.patron.server.http.Endpoints;
import dev.patron.kit.http.Versions;
import dev.patron.server.tenants.TenantDirectory;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** {@code /api/v1/admin/tenants}: the host's restaurants and their API keys. */
public final class TenantAdminRoutes {

  /** Idempotency keys of admin writes belong to the host, not to a tenant. */
  static final UUID HOST = new UUID(0, 0);

  private final TenantService tenants;
  private final IdempotencyService idempotency;
  private final TenantDirectory directory;

  public TenantAdminRoutes(TenantService tenants, IdempotencyService idempotency, TenantDirectory directory) {
    this.tenants = tenants;
    this.idempotency = idempotency;
    this.directory = directory;
  }

  public void register(Endpoints endpoints) {
    endpoints.post("/tenants", this::create);
    endpoints.get("/tenants", this::list);
    endpoints.get("/tenants/:tenantId", this::get);
    endpoints.patch("/tenants/:tenantId", this::update);
    endpoints.post("/tenants/:tenantId/api-keys", this::issueKey);
    endpoints.get("/tenants/:tenantId/api-keys", this::listKeys);
    endpoints.delete("/tenants/:tenantId/api-keys/:keyId", this::revokeKey);
  }

  private Future<?> create(RoutingContext rc) {
    JsonObject body = Requests.jsonObject(rc);
    TenantInput input = TenantInput.forCreate(body);
    return idempotency.run(HOST, "tenants.create", Requests.idempotencyKey(rc), body,
            tx -> tenants.create(tx, input).map(TenantAdminRoutes::created))
        .compose(response -> Responses.send(rc, response));
  }

  private static ApiResponse created(TenantRecord record) {
    return ApiResponse.created("/api/v1/admin/tenants/" + record.tenant().id(), record.toJson())
        .withHeader("ETag", Versions.etag(record.version()));
  }

  private Future<?> list(RoutingContext rc) {
    return tenants.list(PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.items().stream().map(TenantRecord::toJson).toList(), page.nextCursor()));
  }

  private Future<?> get(RoutingContext rc) {
    return tenants.get(tenantId(rc)).compose(record -> {
      rc.response().putHeader("ETag", Versions.etag(record.version()));
      return Responses.ok(rc, record.toJson());
    });
  }

  private Future<?> update(RoutingContext rc) {
    UUID id = tenantId(rc);
    Long expected = Versions.ifMatch(rc);
    TenantInput input = TenantInput.forUpdate(Requests.jsonObject(rc));
    return tenants.update(id, input, expected).compose(record -> {
      directory.invalidate(id);
      rc.response().putHeader("ETag", Versions.etag(record.version()));
      return Responses.ok(rc, record.toJson());
    });
  }

  private Future<?> issueKey(RoutingContext rc) {
    UUID id = tenantId(rc);
    String name = null;
    if (rc.body() != null && rc.body().length() > 0) {
      JsonInput in = JsonInput.of(Requests.jsonObject(rc));
      name = in.string("name", 100);
      in.rejectUnknownFields();
      in.throwIfInvalid();
    }
    return tenants.issueKey(id, name).compose(issued -> Responses.send(rc,
        ApiResponse.created("/api/v1/admin/tenants/" + id + "/api-keys/" + issued.key().id(), issued.toJson())));
  }

  private Future<?> listKeys(RoutingContext rc) {
    return tenants.listKeys(tenantId(rc))
        .compose(keys -> Responses.page(rc, keys.stream().map(ApiKey::toJson).toList(), null));
  }

  private Future<?> revokeKey(RoutingContext rc) {
    UUID id = tenantId(rc);
    UUID keyId = Requests.pathId(rc, "keyId", "API key");
    return tenants.revokeKey(id, keyId).compose(v -> {
      directory.invalidate(id);
      return Responses.noContent(rc);
    });
  }

  private static UUID tenantId(RoutingContext rc) {
    return Requests.pathId(rc, "tenantId", "tenant");
  }
}
