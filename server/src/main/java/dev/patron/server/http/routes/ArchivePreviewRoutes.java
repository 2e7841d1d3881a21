package dev.patron.server.http.routes;

import dev.patron.core.tenant.TenantContext;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.TenantAuthHandler;
import dev.patron.server.plugins.hooks.PluginArchivePreviews;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /api/v1/customers/{id}/archive-preview}: what archiving the customer would do right
 * now, plugin by plugin, for the back office's confirmation. Changes nothing.
 */
public final class ArchivePreviewRoutes {

  private final PluginArchivePreviews previews;

  public ArchivePreviewRoutes(PluginArchivePreviews previews) {
    this.previews = previews;
  }

  public void register(Endpoints endpoints) {
    endpoints.get("/customers/:customerId/archive-preview", this::preview);
  }

  private Future<?> preview(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    return previews.preview(context, Requests.pathId(rc, "customerId", "customer"))
        .compose(report -> Responses.ok(rc, report.toJson()));
  }
}
