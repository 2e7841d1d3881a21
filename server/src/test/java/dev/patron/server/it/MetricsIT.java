package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /metrics} is scraped as Prometheus scrapes it: the admin's only, in the text format,
 * with the documented names; requests counted by route template, never by raw path.
 */
class MetricsIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .plugin(FixturePlugins.recorder())
      .enable("recorder", new JsonObject())
      // Its own server: counters it expects at 0 must not count other classes' requests.
      .isolated()
      .build();

  @Test
  void theAdminScrapesTheDocumentedMetrics() {
    TestTenant tenant = patron.newTenant();
    String id = tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Mia").put("lastName", "Metrik"))
        .expect(201).json().getString("id");
    tenant.client().get("/api/v1/customers/" + id).expect(200);
    tenant.client().get("/api/v1/customers/" + java.util.UUID.randomUUID()).expect(404);
    tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Vera").put("lastName", "Vetoed"))
        .expect(422);
    tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Theo").put("lastName", "Throws"))
        .expect(502);

    String scraped = Await.until(Duration.ofSeconds(20), () -> scrape().body(),
        body -> body.contains("patron_events_behind{plugin=\"recorder\"}")
            && body.contains("patron_events_deliveries_total{outcome=\"delivered\",plugin=\"recorder\"}")
            && body.contains("patron_import_rows{of=\"total\"}"));
    for (String name : new String[] {"jvm_memory_used_bytes", "jvm_gc_max_data_size_bytes", "jvm_threads_live_threads",
        "process_cpu_usage", "process_uptime_seconds", "patron_http_server_requests_seconds_count",
        "patron_http_server_requests_seconds_bucket", "patron_events_parked", "patron_events_dead_letters",
        "patron_imports{state=\"RUNNING\"}",
        "patron_plugin_hook_calls_seconds_count{hook=\"create\",outcome=\"ok\",plugin=\"recorder\"}",
        "patron_plugin_hook_calls_seconds_count{hook=\"create\",outcome=\"veto\",plugin=\"recorder\"} 1",
        "patron_plugin_hook_calls_seconds_count{hook=\"create\",outcome=\"failure\",plugin=\"recorder\"} 1",
        "patron_events_deliveries_total{outcome=\"delivered\",plugin=\"recorder\"}",
        "patron_events_delivery_lag_seconds_bucket{plugin=\"recorder\"",
        "patron_events_partitions_held{plugin=\"recorder\"} 8",
        "patron_db_pool_in_use{pool=\"api\"}", "patron_db_pool_max{pool=\"events\"}",
        "patron_db_pool_waiting{pool=\"api\"}", "patron_db_pool_wait_seconds_count{pool=\"api\"}",
        "patron_rate_limited_total{limit=\"key\"} 0", "patron_outbox_events{table=\"outbox_events\"}",
        "patron_import_rows{of=\"read\"}", "patron_import_rows{of=\"total\"}", "patron_rate_limited_total{limit=\"work\"} 0",
        "patron_plugin_route_errors_total{plugin=\"recorder\",status=\"5xx\"}"}) {
      assertTrue(scraped.contains(name), name + " is missing from:\n" + scraped.substring(0, Math.min(2000, scraped.length())));
    }
    assertTrue(Pattern.compile("patron_http_server_requests_seconds_count\\{caller=\"tenant\",method=\"GET\","
        + "route=\"/api/v1/customers/\\{customerId\\}\",status=\"4xx\",tier=\"standard\"} 1").matcher(scraped).find(), "404 by template");
    assertTrue(Pattern.compile("patron_http_server_requests_seconds_count\\{caller=\"tenant\",method=\"POST\","
        + "route=\"/api/v1/customers\",status=\"2xx\",tier=\"standard\"}").matcher(scraped).find());
    assertFalse(scraped.contains(id), "no raw path, no id, ever becomes a label");
  }

  @Test
  void onlyTheAdminMayScrape() {
    assertEquals(401, patron.server().anonymous().get("/metrics").status());
    assertEquals(403, patron.newTenant().client().get("/metrics").status());
  }

  private static Response scrape() {
    Response response = patron.admin().get("/metrics").expect(200);
    assertTrue(response.header("Content-Type").startsWith("text/plain"), response.header("Content-Type"));
    return response;
  }
}
