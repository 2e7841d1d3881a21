#set( $schema = $pluginId.replace('-', '_') )
package ${package};

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.Responses;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Tuple;
import org.pf4j.Extension;

/**
 * {@code GET /api/v1/plugins/${pluginId}/status}: the caller's restaurant and how many of its customers
 * this plugin has seen. Described in {@code META-INF/patron/openapi.json}.
 */
@Extension
public class StatusRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    router.get("/status").handler(Handlers.of(rc -> {
      Tenant tenant = PluginRequest.tenant(rc);   // the host authenticated the caller's API key
      return context.client()
          .preparedQuery("SELECT count(*) AS seen FROM ${schema}.customers_seen WHERE tenant_id = $1")
          .execute(Tuple.of(tenant.id()))
          .compose(rows -> Responses.ok(rc, new JsonObject()
              .put("tenant", tenant.name())
              .put("customersSeen", rows.iterator().next().getLong("seen"))));
    }));
  }
}
