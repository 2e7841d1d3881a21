package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.PatronProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With PATRON_METRICS_PORT, a scraper on the private network reads /metrics there without credentials. */
class MetricsPortIT {

  private static final int METRICS_PORT = PatronProcess.freePort();

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .setting("PATRON_METRICS_PORT", String.valueOf(METRICS_PORT))
      .isolated()
      .build();

  @Test
  void theMetricsPortServesTheScrapeWithoutCredentialsAndNothingElse() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> scraped = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + METRICS_PORT + "/metrics"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, scraped.statusCode());
    assertTrue(scraped.body().contains("jvm_memory_used_bytes"));
    assertTrue(scraped.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));

    HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + METRICS_PORT
        + "/api/v1/customers")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, other.statusCode(), "only the scrape lives there");
    patron.server().anonymous().get("/metrics").expect(401);
  }
}
