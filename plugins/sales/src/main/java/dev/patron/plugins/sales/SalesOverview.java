package dev.patron.plugins.sales;

import dev.patron.api.plugin.CustomerOverviewContributor;
import dev.patron.api.plugin.CustomerOverviewRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.sales.http.SalesClock;
import dev.patron.plugins.sales.statistics.StatisticsJson;
import dev.patron.plugins.sales.statistics.StatisticsRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.pf4j.Extension;

/**
 * The customer overview's {@code sales} section: the customer's statistics, exactly as {@code GET
 * /customers/{id}/statistics} answers them, from the same single read.
 */
@Extension
public class SalesOverview implements CustomerOverviewContributor {

  private final StatisticsRepository statistics = new StatisticsRepository();
  private final SalesClock clock = SalesClock.system();

  @Override
  public Future<JsonObject> overview(CustomerOverviewRequest request) {
    Tenant tenant = request.tenant();
    return statistics.find(request.sql(), tenant.id(), request.customer().id(), clock.today(tenant))
        .map(found -> StatisticsJson.of(found, tenant.currency()));
  }
}
