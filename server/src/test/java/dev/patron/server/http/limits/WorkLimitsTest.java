package dev.patron.server.http.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.api.tenant.Tenant;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.http.ProblemResponder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cap on a restaurant's concurrent expensive work, over real HTTP: the slot is held until the response ends. */
class WorkLimitsTest {

  private static final UUID TENANT = UUID.randomUUID();
  private final Vertx vertx = Vertx.vertx();
  private final ConcurrentLinkedQueue<Promise<Void>> held = new ConcurrentLinkedQueue<>();
  private HttpServer server;
  private HttpClient client;

  @BeforeEach
  void start() throws Exception {
    WorkLimits limits = new WorkLimits(new SimpleMeterRegistry());
    Router router = Router.router(vertx);
    router.route().handler(rc -> {
      // What TenantAuthHandler leaves for the handlers after it.
      rc.put("patron.tenantContext", TenantContext.of(new Tenant(TENANT, "T", "EUR", "de-AT", "Europe/Vienna")));
      rc.next();
    });
    router.get("/export").handler(limits.cap(WorkLimits.Kind.EXPORT, 2, rc -> true)).handler(rc -> {
      Promise<Void> release = Promise.promise();
      held.add(release);
      release.future().onComplete(done -> rc.response().end("done"));
    });
    router.route().failureHandler(new ProblemResponder());
    server = vertx.createHttpServer().requestHandler(router).listen(0).await(10, TimeUnit.SECONDS);
    client = vertx.createHttpClient();
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @Test
  void aThirdExportWaitsForNoneAndIsToldToComeBackThenASlotFreesAtTheEnd() throws Exception {
    List<Future<HttpClientResponse>> running = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      running.add(get());
    }
    awaitHeld(2);

    HttpClientResponse refused = get().await(10, TimeUnit.SECONDS);
    assertEquals(429, refused.statusCode());
    assertEquals("2", refused.getHeader("Retry-After"));

    held.forEach(Promise::complete);
    for (Future<HttpClientResponse> response : running) {
      assertEquals(200, response.await(10, TimeUnit.SECONDS).statusCode());
    }
    held.clear();
    Future<HttpClientResponse> next = get();
    awaitHeld(1);
    held.forEach(Promise::complete);
    assertEquals(200, next.await(10, TimeUnit.SECONDS).statusCode(), "the finished exports gave their slots back");
  }

  private Future<HttpClientResponse> get() {
    return client.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", "/export")
        .compose(request -> request.send())
        .compose(response -> response.body().map(body -> response));
  }

  private void awaitHeld(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (held.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(count, held.size());
  }
}
