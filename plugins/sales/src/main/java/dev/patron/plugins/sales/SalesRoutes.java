package dev.patron.plugins.sales;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.plugins.sales.http.CustomerRoutes;
import dev.patron.plugins.sales.http.MaintenanceRoutes;
import dev.patron.plugins.sales.http.ReportRoutes;
import dev.patron.plugins.sales.http.SalesClock;
import dev.patron.plugins.sales.http.TransactionRoutes;
import dev.patron.plugins.sales.imports.ImportRoutes;
import io.vertx.ext.web.Router;
import org.pf4j.Extension;

/** Wires the plugin's routes under {@code /api/v1/plugins/sales/}, once per event loop. */
@Extension
public class SalesRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    SalesClock clock = SalesClock.system();
    new TransactionRoutes(context, clock).register(router);
    new CustomerRoutes(context, clock).register(router);
    new ReportRoutes(context).register(router);
    new MaintenanceRoutes(context, clock).register(router);
    new ImportRoutes(context, clock).register(router);
  }
}
