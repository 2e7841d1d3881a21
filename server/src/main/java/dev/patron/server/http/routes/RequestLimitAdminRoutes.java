package dev.patron.server.http.routes;

import dev.patron.core.tenant.RequestLimits;
import dev.patron.core.tenant.TenantService;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.json.JsonInput;
import dev.patron.server.config.PatronConfig.Fairness;
import dev.patron.server.http.Endpoints;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * {@code /api/v1/admin/tenants/{tenantId}/request-limits}: the admin's override of a restaurant's
 * request rate limits (per minute, for the restaurant and for each API key), beside the host's
 * defaults; {@code null} falls back to the default. Takes effect on every instance at once.
 */
public final class RequestLimitAdminRoutes {

  private final TenantService tenants;
  private final Fairness defaults;

  public RequestLimitAdminRoutes(TenantService tenants, Fairness defaults) {
    this.tenants = tenants;
    this.defaults = defaults;
  }

  public void register(Endpoints endpoints) {
    endpoints.get("/tenants/:tenantId/request-limits", this::get);
    endpoints.put("/tenants/:tenantId/request-limits", this::put);
  }

  private Future<?> get(RoutingContext rc) {
    return tenants.requestLimits(tenantId(rc)).compose(limits -> Responses.ok(rc, toJson(limits)));
  }

  private Future<?> put(RoutingContext rc) {
    JsonInput in = JsonInput.of(Requests.jsonObject(rc));
    in.rejectReadOnly("effective");
    Integer perTenant = in.intValue("requestsPerMinute", 1, RequestLimits.MAX_PER_MINUTE);
    Integer perKey = in.intValue("keyRequestsPerMinute", 1, RequestLimits.MAX_PER_MINUTE);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return tenants.setRequestLimits(tenantId(rc), new RequestLimits(perTenant, perKey))
        .compose(limits -> Responses.ok(rc, toJson(limits)));
  }

  private JsonObject toJson(RequestLimits limits) {
    int perTenant = defaults.tenantLimit(limits);
    int perKey = defaults.keyLimit(limits);
    return new JsonObject()
        .put("requestsPerMinute", limits.perTenant())
        .put("keyRequestsPerMinute", limits.perKey())
        // 0 in the host's settings turns a limit off: no number applies then.
        .put("effective", new JsonObject()
            .put("requestsPerMinute", perTenant == 0 ? null : perTenant)
            .put("keyRequestsPerMinute", perKey == 0 ? null : perKey));
  }

  private static UUID tenantId(RoutingContext rc) {
    return Requests.pathId(rc, "tenantId", "tenant");
  }
}
