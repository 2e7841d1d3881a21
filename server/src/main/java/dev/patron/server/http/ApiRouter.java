package dev.patron.server.http;

import dev.patron.core.customer.CustomerImport;
import dev.patron.core.customer.CustomerService;
import dev.patron.core.idempotency.IdempotencyService;
import dev.patron.core.tenant.TenantService;
import dev.patron.server.EventLoopServices;
import dev.patron.server.ServerContext;
import dev.patron.server.http.auth.AdminAuthHandler;
import dev.patron.server.http.auth.RoleGuard;
import dev.patron.server.http.auth.TenantAuthHandler;
import dev.patron.server.http.people.OwnerAdminRoutes;
import dev.patron.server.http.people.People;
import dev.patron.server.http.people.StaffRoutes;
import dev.patron.server.http.ui.BackOfficeApiRoutes;
import dev.patron.server.http.ui.BackOfficeRoutes;
import dev.patron.server.http.ui.PluginAssets;
import dev.patron.server.http.routes.ArchivePreviewRoutes;
import dev.patron.server.http.routes.CustomerExportRoutes;
import dev.patron.server.http.routes.CustomerOverviewRoutes;
import dev.patron.server.http.routes.CustomerRoutes;
import dev.patron.server.imports.CustomerImportRoutes;
import dev.patron.server.metrics.HttpMetrics;
import dev.patron.server.metrics.MetricsRoutes;
import dev.patron.server.http.routes.EventRoutes;
import dev.patron.server.http.routes.HealthRoutes;
import dev.patron.server.http.routes.OpenApiRoutes;
import dev.patron.server.http.routes.PluginAdminRoutes;
import dev.patron.server.http.routes.RequestLimitAdminRoutes;
import dev.patron.server.http.routes.TenantAdminRoutes;
import dev.patron.server.plugins.PluginRegistry;
import dev.patron.server.plugins.admin.PluginAdministration;
import dev.patron.server.plugins.hooks.PluginArchivePreviews;
import dev.patron.server.plugins.overview.PluginOverviews;
import dev.patron.server.plugins.routes.PluginRoutes;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;

/**
 * Builds one event loop's router: access log; the checks every request passes whatever its route
 * (syntax, media type, then after authentication the documented operation's query parameters and
 * a strictly parsed body); health; the OpenAPI document; signing in and out; the admin API
 * behind the admin token (or console session); the tenant API (and the plugins' routes) behind
 * tenant keys or staff sessions, each operation held to its role; and problem details for every
 * failure.
 */
public final class ApiRouter {

  public static final String API = "/api/v1";

  private ApiRouter() {
  }

  /** @param readOnly a pipelined client whose connections refuse writes, for plugins' read-only calls */
  public static Router create(ServerContext shared, EventLoopServices services, SqlClient readOnly) {
    Vertx vertx = services.vertx();
    Pool pool = services.pool();
    SqlClient reader = services.reader();
    IdempotencyService idempotency = services.idempotency();
    TenantService tenants = services.tenants();
    CustomerService customers = services.customers();
    PluginRegistry plugins = shared.plugins().registry();

    Router router = Router.router(vertx);
    ProblemResponder problems = new ProblemResponder();
    RequestContractCheck contract = new RequestContractCheck();
    router.route().handler(new AccessLog()).handler(new HttpMetrics(shared.metrics()))
        .handler(new RequestSyntaxGuard())
        .handler(new MediaTypeGuard(shared.apiDocument().contract()));
    router.route("/health/*").handler(contract);
    router.route(API + "/openapi.json").handler(contract);
    new HealthRoutes(reader, shared).register(new Endpoints(router, "/health"));
    new BackOfficeRoutes(shared.backOffice(), new PluginAssets(vertx, plugins)).register(router);
    new OpenApiRoutes(shared.apiDocument().served()).register(new Endpoints(router, API));

    BodyLimits bodies = new BodyLimits(shared.config().maxBodyBytes());
    People people = People.create(vertx, pool, reader, shared);
    TenantAuthHandler tenantAuth = new TenantAuthHandler(shared.directory(), shared.adminToken(), reader, pool,
        people.sessions(), shared.clock());

    router.route(API + "/auth/*").handler(bodies);
    for (String signedIn : new String[] {"GET /session", "DELETE /session", "DELETE /sessions", "PUT /password"}) {
      String[] route = signedIn.split(" ");
      router.route(HttpMethod.valueOf(route[0]), API + "/auth" + route[1]).handler(tenantAuth);
    }
    router.route(API + "/auth/*").handler(contract);
    people.registerAuthRoutes(new Endpoints(router, API + "/auth"), shared, pool, reader);

    router.route(API + "/admin/*").handler(bodies)
        .handler(new AdminAuthHandler(shared.adminToken(), people.consoleSessions()))
        .handler(contract);
    Endpoints admin = new Endpoints(router, API + "/admin");
    new TenantAdminRoutes(tenants, idempotency, shared.directory()).register(admin);
    new RequestLimitAdminRoutes(tenants, shared.config().fairness()).register(admin);
    new PluginAdminRoutes(new PluginAdministration(shared, tenants, pool, services.nudge())).register(admin);
    new OwnerAdminRoutes(tenants, people.staff(), reader, people.links()).register(admin);
    router.route("/metrics").handler(new AdminAuthHandler(shared.adminToken(), people.consoleSessions()))
        .handler(contract);
    new MetricsRoutes(shared.metrics()).register(new Endpoints(router, ""));

    router.routeWithRegex(API + "/(?!admin(/|$)|auth(/|$)).*")
        .handler(bodies)
        .handler(tenantAuth)
        .handler(shared.fairShares().rateLimits())
        .handler(contract)
        .handler(new RoleGuard());
    router.get(API + "/customers").handler(shared.fairShares().searches());
    router.get(API + "/customers/export").handler(shared.fairShares().exports());
    Endpoints tenantApi = new Endpoints(router, API);
    new StaffRoutes(people.staff(), reader, people.links()).register(tenantApi);
    new BackOfficeApiRoutes(plugins).register(tenantApi);
    new CustomerExportRoutes(customers, shared.clock()).register(tenantApi); // before /customers/:customerId
    new CustomerImportRoutes(vertx, pool, reader, shared.config().imports(), shared.clock())
        .register(tenantApi); // before /customers/:customerId
    new CustomerRoutes(customers, new CustomerImport(pool, customers), idempotency).register(tenantApi);
    new EventRoutes(reader).register(tenantApi);
    new CustomerOverviewRoutes(customers, new PluginOverviews(plugins, readOnly, shared.config().overviewTimeout()))
        .register(tenantApi);
    new ArchivePreviewRoutes(new PluginArchivePreviews(pool, customers, plugins, shared.config().hookTimeout()))
        .register(tenantApi);
    new PluginRoutes(plugins, shared.pluginRoutes(), shared.metrics().registry()).mount(router, API, vertx, services.pluginContexts());

    router.route().failureHandler(problems);
    for (int status : new int[] {400, 404, 405, 413, 415}) {
      router.errorHandler(status, problems);
    }
    return router;
  }
}
