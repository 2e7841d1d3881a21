package dev.patron.plugins.webhooks;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.plugins.webhooks.delivery.DeliveryRoutes;
import dev.patron.plugins.webhooks.endpoint.EndpointRoutes;
import dev.patron.plugins.webhooks.endpoint.EndpointService;
import dev.patron.plugins.webhooks.send.AddressGuard;
import io.vertx.ext.web.Router;
import org.pf4j.Extension;

/** Wires the plugin's routes under {@code /api/v1/plugins/webhooks/}, once per event loop. */
@Extension
public class WebhookRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    WebhookSettings settings = WebhookSettings.from(context.settings());
    AddressGuard guard = new AddressGuard(settings, context.vertx().createSharedWorkerExecutor("patron-webhooks-dns", 4));
    new EndpointRoutes(new EndpointService(context, settings, guard, RunningSender::wake), context.idempotency(),
        settings.allowHttp()).register(router);
    new DeliveryRoutes(context, RunningSender::wake).register(router);
  }
}
