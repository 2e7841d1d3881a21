package dev.patron.plugins.webhooks.it;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The webhooks API as the tests call it. */
final class WebhookApi {

  static final String BASE = "/api/v1/plugins/webhooks";

  private final TestTenant tenant;

  WebhookApi(TestTenant tenant) {
    this.tenant = tenant;
  }

  PatronClient client() {
    return tenant.client();
  }

  /** Registers an endpoint and returns the answer, with its secret. */
  JsonObject register(String url, String... types) {
    return client().post(BASE + "/endpoints", new JsonObject().put("url", url)
        .put("eventTypes", new JsonArray(List.of(types.length == 0 ? new String[] {"*"} : types)))).expect(201).json();
  }

  JsonObject endpoint(String id) {
    return client().get(BASE + "/endpoints/" + id).expect(200).json();
  }

  List<JsonObject> deliveries(String endpointId, String query) {
    return client().get(BASE + "/endpoints/" + endpointId + "/deliveries" + (query.isEmpty() ? "" : "?" + query))
        .expect(200).items();
  }

  JsonObject delivery(String endpointId, String deliveryId) {
    return client().get(BASE + "/endpoints/" + endpointId + "/deliveries/" + deliveryId).expect(200).json();
  }

  /** Waits until the endpoint's deliveries satisfy {@code done}. */
  List<JsonObject> awaitDeliveries(String endpointId, Duration timeout, Predicate<List<JsonObject>> done) {
    return Await.until(timeout, () -> deliveries(endpointId, "limit=500"), done);
  }

  String customer(String firstName, String lastName) {
    return client().post("/api/v1/customers", new JsonObject().put("firstName", firstName).put("lastName", lastName))
        .expect(201).json().getString("id");
  }

  /** A well-formed secret that no endpoint has. */
  static String otherSecret() {
    return "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
  }

  /** Waits, for a test that shows something does not happen. */
  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static boolean allIn(List<JsonObject> deliveries, String state, int count) {
    return deliveries.size() >= count && deliveries.stream().allMatch(d -> d.getString("state").equals(state));
  }
}
