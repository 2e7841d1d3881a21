package dev.patron.plugins.sales.http;

import dev.patron.api.money.Money;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Responses;
import dev.patron.kit.page.PageRequest;
import dev.patron.plugins.sales.history.Period;
import dev.patron.plugins.sales.report.CustomerRank;
import dev.patron.plugins.sales.report.MonthCount;
import dev.patron.plugins.sales.report.ReportRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** HTTP for the restaurant's reports over its customers. Periods are bounded, so is the work. */
public final class ReportRoutes {

  /** Longest period of the top-customers report, in days. */
  static final int MAX_REPORT_DAYS = 731;
  /** Longest period of the new-versus-returning report, in months. */
  static final int MAX_REPORT_MONTHS = 36;

  private final PluginContext context;
  private final ReportRepository reports = new ReportRepository();

  public ReportRoutes(PluginContext context) {
    this.context = context;
  }

  public void register(Router router) {
    router.get("/reports/top-customers").handler(Handlers.of(this::topCustomers));
    router.get("/reports/new-vs-returning").handler(Handlers.of(this::newVersusReturning));
  }

  private Future<?> topCustomers(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    QueryReader query = new QueryReader(rc);
    query.required("from");
    query.required("to");
    Period period = query.period();
    if (period.from() != null && period.to() != null
        && ChronoUnit.DAYS.between(period.from(), period.to()) >= MAX_REPORT_DAYS) {
      query.error("to", "must be at most " + (MAX_REPORT_DAYS - 1) + " days after from");
    }
    query.throwIfInvalid();
    PageRequest page = PageParams.from(rc);
    return reports.topCustomers(context.client(), tenant.id(), period.from(), period.to(), page)
        .compose(found -> Responses.page(rc, found.items().stream()
            .map(rank -> rankJson(rank, tenant.currency())).toList(), found.nextCursor()));
  }

  private Future<?> newVersusReturning(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    QueryReader query = new QueryReader(rc);
    query.required("from");
    query.required("to");
    YearMonth from = query.month("from");
    YearMonth to = query.month("to");
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        query.error("to", "must not be before from");
      } else if (ChronoUnit.MONTHS.between(from, to) >= MAX_REPORT_MONTHS) {
        query.error("to", "must be at most " + (MAX_REPORT_MONTHS - 1) + " months after from");
      }
    }
    query.throwIfInvalid();
    return reports.newVersusReturning(context.client(), tenant.id(), from, to).compose(months -> {
      JsonArray items = new JsonArray();
      months.forEach(month -> items.add(monthJson(month)));
      return Responses.ok(rc, new JsonObject().put("months", items));
    });
  }

  private static JsonObject rankJson(CustomerRank rank, String currency) {
    return new JsonObject()
        .put("customerId", rank.customerId().toString())
        .put("visits", rank.visits())
        .put("spend", Money.toJson(rank.spend(), currency))
        .put("refunds", Money.toJson(rank.refunds(), currency))
        .put("netSpend", Money.toJson(rank.netSpend(), currency));
  }

  private static JsonObject monthJson(MonthCount month) {
    return new JsonObject()
        .put("month", month.month().toString())
        .put("newCustomers", month.newCustomers())
        .put("returningCustomers", month.returningCustomers())
        .put("customers", month.newCustomers() + month.returningCustomers());
  }
}
