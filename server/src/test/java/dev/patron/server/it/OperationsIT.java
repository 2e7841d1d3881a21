package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Health, the API description, unknown routes and what the server writes to its log. */
class OperationsIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  @Test
  void healthEndpointsNeedNoCredentials() {
    assertEquals("UP", patron.server().anonymous().get("/health/live").expect(200).json().getString("status"));
    JsonObject ready = patron.server().anonymous().get("/health/ready").expect(200).json();
    assertEquals("UP", ready.getString("database"));
    JsonObject checks = ready.getJsonObject("checks");
    assertEquals("UP", checks.getJsonObject("database").getString("status"));
    assertEquals("UP", checks.getJsonObject("plugins").getString("status"));
    assertEquals("UP", checks.getJsonObject("eventDispatch").getString("status"), checks.encode());
  }

  @Test
  void servesTheOpenApiDocument() {
    JsonObject document = patron.server().anonymous().get("/api/v1/openapi.json").expect(200).json();
    assertTrue(document.getString("openapi").startsWith("3."));
    assertTrue(document.getJsonObject("paths").containsKey("/api/v1/customers/{customerId}"));
  }

  @Test
  void unknownRoutesAndMethodsAreProblems() {
    TestTenant tenant = patron.newTenant();
    Response missing = tenant.client().get("/api/v1/nothing-here").expect(404);
    assertEquals("application/problem+json", missing.header("Content-Type"));
    Response method = tenant.client().send("PUT", "/api/v1/customers", "{}", java.util.Map.of()).expect(405);
    assertEquals("https://patron.dev/problems/method-not-allowed", method.json().getString("type"));
  }

  @Test
  void logsEachRequestWithoutSecretsOrPersonalData() throws Exception {
    TestTenant tenant = patron.newTenant();
    String id = Customers.create(tenant.client(), Customers.named("Zebediah", "Quistgaard")).getString("id");
    tenant.client().get(Customers.PATH + "?q=zebediah").expect(200);
    tenant.client().get(Customers.path(id)).expect(200);

    List<String> log = awaitLogLine(tenant.id(), "/api/v1/customers/:customerId");
    String all = String.join("\n", log);
    assertTrue(log.stream().anyMatch(line -> line.contains("tenant=\"" + tenant.id() + "\"")
        && line.contains("route=\"/api/v1/customers/:customerId\"") && line.contains("status=\"200\"")
        && line.contains("ms=")), "an access line per request");
    assertFalse(all.contains(tenant.apiKey()), "API keys never reach the log");
    assertFalse(all.contains(patron.server().adminToken()), "the admin token never reaches the log");
    assertFalse(all.contains("Zebediah") || all.contains("zebediah"), "names and search queries never reach the log");
  }

  private static List<String> awaitLogLine(String tenantId, String route) throws Exception {
    for (int i = 0; i < 50; i++) {
      List<String> lines = Files.readAllLines(patron.server().logFile());
      if (lines.stream().anyMatch(l -> l.contains(tenantId) && l.contains(route))) {
        return lines;
      }
      Thread.sleep(100);
    }
    return Files.readAllLines(patron.server().logFile());
  }
}
