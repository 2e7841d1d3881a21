package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request rate limits per restaurant and per API key: the RateLimit fields on every answer, a 429
 * with Retry-After past a limit, other restaurants untouched, and the admin's override per
 * restaurant taking effect at once.
 */
class RateLimitIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .setting("PATRON_RATE_LIMIT_KEY_PER_MINUTE", "5")
      .setting("PATRON_RATE_LIMIT_TENANT_PER_MINUTE", "8")
      .isolated()
      .build();

  @Test
  void aKeyPastItsLimitIsToldWhenToComeBackAndOthersGoOn() {
    TestTenant tenant = patron.newTenant();
    TestTenant other = patron.newTenant();
    for (int i = 1; i <= 5; i++) {
      Response ok = tenant.client().get("/api/v1/customers").expect(200);
      assertEquals("\"tenant\";q=8;w=60, \"key\";q=5;w=60", ok.header("RateLimit-Policy"));
      assertEquals("\"key\";r=" + (5 - i), ok.header("RateLimit").split(";t=")[0], "request " + i);
    }

    Response refused = tenant.client().get("/api/v1/customers").expect(429);
    assertTrue(refused.json().getString("type").endsWith("/rate-limited"), refused.body());
    assertEquals("application/problem+json", refused.header("Content-Type"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 12, "a fifth of a minute, one request's worth: " + retryAfter);
    assertTrue(refused.header("RateLimit").startsWith("\"key\";r=0;t="), refused.header("RateLimit"));

    other.client().get("/api/v1/customers").expect(200);
  }

  @Test
  void theRestaurantsKeysShareItsLimit() {
    TestTenant tenant = patron.newTenant();
    PatronClient second = tenant.client().withToken(
        patron.admin().post("/api/v1/admin/tenants/" + tenant.id() + "/api-keys", null).expect(201).json().getString("key"));
    for (int i = 0; i < 5; i++) {
      tenant.client().get("/api/v1/customers").expect(200);
    }
    for (int i = 0; i < 3; i++) {
      second.get("/api/v1/customers").expect(200);
    }
    Response refused = second.get("/api/v1/customers").expect(429);
    assertTrue(refused.json().getString("detail").startsWith("The restaurant sent more than 8"), refused.body());
    assertTrue(refused.header("RateLimit").startsWith("\"tenant\";r=0;"), refused.header("RateLimit"));
  }

  @Test
  void theAdminsOverrideForOneRestaurantAppliesAtOnce() {
    TestTenant tenant = patron.newTenant();
    String limits = "/api/v1/admin/tenants/" + tenant.id() + "/request-limits";
    JsonObject defaults = patron.admin().get(limits).expect(200).json();
    assertNull(defaults.getValue("requestsPerMinute"));
    assertEquals(new JsonObject().put("requestsPerMinute", 8).put("keyRequestsPerMinute", 5), defaults.getJsonObject("effective"));
    for (int i = 0; i < 5; i++) {
      tenant.client().get("/api/v1/customers").expect(200);
    }
    tenant.client().get("/api/v1/customers").expect(429);

    JsonObject raised = patron.admin().put(limits, new JsonObject().put("requestsPerMinute", 1000)
        .put("keyRequestsPerMinute", 600)).expect(200).json();
    assertEquals(600, raised.getJsonObject("effective").getInteger("keyRequestsPerMinute"));
    Response ok = tenant.client().get("/api/v1/customers").expect(200);
    assertEquals("\"tenant\";q=1000;w=60, \"key\";q=600;w=60", ok.header("RateLimit-Policy"));

    patron.admin().put(limits, new JsonObject().put("requestsPerMinute", 0)).expect(400);
    patron.admin().put(limits, new JsonObject().put("requestsPerMinute", "lots")).expect(400);
    patron.admin().put(limits, new JsonObject().put("perHour", 5)).expect(400);
    patron.admin().put("/api/v1/admin/tenants/00000000-0000-4000-8000-000000000000/request-limits", new JsonObject())
        .expect(404);
    assertEquals(new JsonObject().put("requestsPerMinute", 8).put("keyRequestsPerMinute", 5),
        patron.admin().put(limits, new JsonObject()).expect(200).json().getJsonObject("effective"), "cleared");
  }
}
