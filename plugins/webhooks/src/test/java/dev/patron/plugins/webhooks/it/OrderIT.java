package dev.patron.plugins.webhooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.plugins.webhooks.it.Receiver.Reply;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events about one subject reach an endpoint in the order they happened, even when an attempt in
 * the middle fails and is retried: the later ones wait for it.
 */
class OrderIT {

  @RegisterExtension
  static PatronExtension patron = WebhookServers.forTests().build();

  @RegisterExtension
  static Receiver receiver = new Receiver();

  @Test
  void updatesOfOneCustomerArriveInOrderThroughRetries() {
    Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    // The third and the sixth change of each customer fail once.
    receiver.answer("/ordered", r -> {
      long version = r.json().getJsonObject("data").getLong("version");
      return (version == 3 || version == 6) && failedOnce.add(r.webhookId()) ? Reply.status(503) : Reply.status(200);
    });
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/ordered"), "customer.created", "customer.updated").getString("id");
    String customer = api.customer("Ord", "Er");
    String other = api.customer("Side", "Line");
    for (int version = 2; version <= 8; version++) {
      api.client().patch("/api/v1/customers/" + customer, new JsonObject().put("notes", "change " + version)).expect(200);
      api.client().patch("/api/v1/customers/" + other, new JsonObject().put("notes", "change " + version)).expect(200);
    }

    api.awaitDeliveries(endpointId, Duration.ofSeconds(30), list -> WebhookApi.allIn(list, "SUCCEEDED", 16));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), acceptedVersions(customer));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), acceptedVersions(other));
    assertEquals(4, failedOnce.size(), "changes 3 and 6 of each customer failed once");
  }

  /** The versions the receiver accepted (answered 2xx) for a customer, in arrival order. */
  private static List<Long> acceptedVersions(String customerId) {
    Set<String> accepted = new LinkedHashSet<>();
    List<Long> versions = new ArrayList<>();
    Map<String, Integer> attempts = new java.util.HashMap<>();
    for (Receiver.Received r : receiver.at("/ordered")) {
      JsonObject payload = r.json();
      if (!payload.getString("subjectId").equals(customerId)) {
        continue;
      }
      long version = payload.getJsonObject("data").getLong("version");
      int attempt = attempts.merge(r.webhookId(), 1, Integer::sum);
      boolean failedHere = (version == 3 || version == 6) && attempt == 1;
      if (!failedHere && accepted.add(r.webhookId())) {
        versions.add(version);
      }
    }
    return versions;
  }
}
