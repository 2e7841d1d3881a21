package dev.patron.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.core.tenant.TenantContextRepository;
import dev.patron.server.http.limits.FairShares;
import dev.patron.server.metrics.ServerMetrics;
import dev.patron.server.plugins.events.DispatchHeartbeat;
import dev.patron.server.secrets.HostSecretKey;
import dev.patron.server.EventLoopServices;
import dev.patron.server.ServerContext;
import dev.patron.server.config.PatronConfig;
import dev.patron.server.db.DatabaseUrl;
import dev.patron.server.http.auth.AdminToken;
import dev.patron.server.tenants.TenantDirectory;
import dev.patron.server.http.contract.ApiDocument;
import dev.patron.server.http.contract.OpenApiAssembler;
import dev.patron.server.http.ui.BackOfficePage;
import dev.patron.server.plugins.PluginHost;
import dev.patron.server.plugins.routes.PluginRouteReports;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes exactly the routes the server registers. */
class OpenApiDocumentTest {

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() {
    vertx.close().await();
  }

  @Test
  void documentsEveryRegisteredRouteAndNothingElse() throws Exception {
    JsonObject document;
    try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
      document = new JsonObject(Buffer.buffer(in.readAllBytes()));
    }
    Set<String> documented = new TreeSet<>();
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).fieldNames()
        .forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

    assertEquals(documented, registered(router()));
  }

  static Set<String> registered(Router router) {
    Set<String> routes = new TreeSet<>();
    for (Route route : router.getRoutes()) {
      if (route.getName() != null && route.getName().matches("[A-Z]+ /.*")) {
        routes.add(route.getName().replaceAll(":([A-Za-z]+)", "{$1}"));
      }
    }
    return routes;
  }

  private Router router() {
    PatronConfig config = PatronConfig.from(Map.of("PATRON_DATA_DIR", "target/unused", "PATRON_PLUGINS_DIR", "target/no-plugins"));
    DatabaseUrl database = DatabaseUrl.parse("postgresql://nobody@127.0.0.1:1/none");
    PluginHost plugins = PluginHost.load(config, database);
    ServerMetrics metrics = new ServerMetrics();
    ServerContext shared = new ServerContext(config, database, AdminToken.of("0123456789abcdef"),
        new TenantDirectory(new TenantContextRepository(), plugins.registry()::isRunning), plugins,
        new PluginRouteReports(), Clock.systemUTC(), ApiDocument.of(OpenApiAssembler.core()), new AtomicInteger(),
        BackOfficePage.load(), HostSecretKey.of("0123456789abcdef0123456789abcdef"), new DispatchHeartbeat(Clock.systemUTC()),
        metrics, new FairShares(config.fairness(), metrics.registry()));
    Pool pool = PgBuilder.pool().connectingTo(database.connectOptions()).using(vertx).build();
    return ApiRouter.create(shared, EventLoopServices.create(vertx, shared, pool, pool), pool);
  }
}
