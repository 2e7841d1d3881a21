package dev.patron.plugins.webhooks.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.plugins.webhooks.it.Receiver.Reply;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A kill -9 of the server while customers are written and webhooks are in flight loses no
 * delivery: after the restart every event the API acknowledged reaches the receiver, at least once.
 */
class CrashIT {

  private static final int CUSTOMERS = 400;

  @RegisterExtension
  static PatronExtension patron = WebhookServers.forTests().isolated().build();

  @RegisterExtension
  static Receiver receiver = new Receiver();

  @Test
  void everyAcknowledgedEventArrivesAfterAKillMidway() throws Exception {
    // A receiver slow enough that deliveries are queued and in flight when the server dies.
    receiver.answer("/crash", r -> Reply.slow(20));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/crash"), "customer.created").getString("id");

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Thread writer = new Thread(() -> {
      for (int i = 0; i < CUSTOMERS; i++) {
        try {
          acknowledged.add(api.customer("Crash" + i, "Test"));
        } catch (RuntimeException | AssertionError serverGone) {
          return;
        }
      }
    });
    writer.start();
    Await.until(Duration.ofSeconds(30), () -> receiver.at("/crash").size(), n -> n >= 50);
    patron.server().kill();
    writer.join();
    int beforeKill = acknowledged.size();
    assertTrue(beforeKill < CUSTOMERS, "killed while writing: " + beforeKill);
    patron.server().startAgain();

    Await.until(Duration.ofSeconds(90), CrashIT::deliveredCustomers, delivered -> delivered.containsAll(acknowledged));
    List<JsonObject> log = api.awaitDeliveries(endpointId, Duration.ofSeconds(60),
        l -> l.size() >= acknowledged.size() && l.stream().allMatch(d -> d.getString("state").equals("SUCCEEDED")));
    assertTrue(log.size() >= beforeKill);
  }

  private static Set<String> deliveredCustomers() {
    Set<String> ids = new HashSet<>();
    receiver.at("/crash").forEach(r -> ids.add(r.json().getString("subjectId")));
    return ids;
  }
}
