package dev.patron.plugins.webhooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.plugins.webhooks.it.Receiver.Reply;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Network errors, timeouts and 5xx are retried after the schedule's waits; other answers are
 * recorded and not retried; redirects are not followed; an answer past the size cap is cut off.
 */
class RetryIT {

  @RegisterExtension
  static PatronExtension patron = WebhookServers.forTests().build();

  @RegisterExtension
  static Receiver receiver = new Receiver();

  @Test
  void a5xxIsRetriedWithGrowingWaitsUntilItSucceeds() {
    receiver.answer("/flaky", r -> r.attemptHere() <= 2 ? new Reply(503, 0, "busy, try later", Map.of()) : Reply.status(204));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/flaky"), "customer.created").getString("id");
    api.customer("Retry", "Me");

    JsonObject delivery = api.awaitDeliveries(endpointId, Duration.ofSeconds(20),
        list -> WebhookApi.allIn(list, "SUCCEEDED", 1)).get(0);
    JsonArray attempts = api.delivery(endpointId, delivery.getString("id")).getJsonArray("attemptLog");
    assertEquals(3, attempts.size(), attempts.encodePrettily());
    assertEquals("RETRYING", attempts.getJsonObject(0).getString("outcome"));
    assertEquals(503, attempts.getJsonObject(0).getInteger("status"));
    assertEquals("busy, try later", attempts.getJsonObject(0).getString("responseExcerpt"));
    assertEquals("SUCCEEDED", attempts.getJsonObject(2).getString("outcome"));
    List<Receiver.Received> got = receiver.at("/flaky");
    assertEquals(3, got.size());
    assertEquals(1, got.stream().map(Receiver.Received::webhookId).distinct().count(), "one webhook-id on every attempt");
    long firstWait = got.get(1).receivedAtMillis() - got.get(0).receivedAtMillis();
    long secondWait = got.get(2).receivedAtMillis() - got.get(1).receivedAtMillis();
    assertTrue(firstWait >= 850, "waited about 1 s before the 2nd attempt: " + firstWait);
    assertTrue(secondWait >= 850, "waited about 1 s before the 3rd attempt: " + secondWait);
  }

  @Test
  void aDeliveryThatKeepsFailingGivesUpAfterTheLastAttemptOfTheSchedule() {
    receiver.answer("/down", r -> Reply.status(500));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/down"), "customer.created").getString("id");
    api.customer("Never", "There");

    JsonObject delivery = api.awaitDeliveries(endpointId, Duration.ofSeconds(30),
        list -> WebhookApi.allIn(list, "FAILED", 1)).get(0);
    assertEquals(4, delivery.getInteger("attempts"), "1 + the schedule's 3 waits");
    assertTrue(delivery.getString("lastError").startsWith("gave up after 4 attempts"), delivery.encode());
    List<Receiver.Received> got = receiver.at("/down");
    long lastWait = got.get(3).receivedAtMillis() - got.get(2).receivedAtMillis();
    assertTrue(lastWait >= 1700, "the third wait is 2 s: " + lastWait);
    JsonObject endpoint = api.endpoint(endpointId);
    assertTrue(endpoint.getBoolean("enabled"), "not failing long enough to be disabled");
    assertTrue(endpoint.getString("failingSince") != null, endpoint.encode());
  }

  @Test
  void aTimeoutIsRetriedAndA4xxIsRecordedWithoutRetry() {
    receiver.answer("/slow", r -> r.attemptHere() == 1 ? Reply.slow(3000) : Reply.status(200));
    receiver.answer("/picky", r -> new Reply(422, 0, "{\"error\":\"unknown type\"}", Map.of()));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String slow = api.register(receiver.url("/slow"), "customer.created").getString("id");
    String picky = api.register(receiver.url("/picky"), "customer.created").getString("id");
    api.customer("Time", "Out");

    JsonObject timedOut = api.awaitDeliveries(slow, Duration.ofSeconds(20), list -> WebhookApi.allIn(list, "SUCCEEDED", 1)).get(0);
    JsonObject first = api.delivery(slow, timedOut.getString("id")).getJsonArray("attemptLog").getJsonObject(0);
    assertEquals("RETRYING", first.getString("outcome"));
    assertEquals(null, first.getInteger("status"));
    assertTrue(first.getString("error").contains("timed out") || first.getString("error").contains("no complete answer"),
        first.encode());
    assertTrue(first.getInteger("latencyMs") < 2900, "the attempt ended at the timeout, not with the slow answer: " + first);

    JsonObject rejected = api.awaitDeliveries(picky, Duration.ofSeconds(10), list -> WebhookApi.allIn(list, "FAILED", 1)).get(0);
    assertEquals(1, rejected.getInteger("attempts"));
    assertEquals(422, rejected.getInteger("lastStatus"));
    WebhookApi.pause(2500);
    assertEquals(1, receiver.at("/picky").size(), "a 4xx is not retried");
  }

  @Test
  void redirectsAreNotFollowed() {
    receiver.answer("/moved", r -> new Reply(302, 0, "", Map.of("Location", receiver.url("/target"))));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/moved"), "customer.created").getString("id");
    api.customer("Re", "Direct");

    JsonObject delivery = api.awaitDeliveries(endpointId, Duration.ofSeconds(10), list -> WebhookApi.allIn(list, "FAILED", 1)).get(0);
    assertEquals(302, delivery.getInteger("lastStatus"));
    assertTrue(delivery.getString("lastError").contains("do not follow redirects"), delivery.encode());
    assertEquals(List.of(), receiver.at("/target"));
  }

  @Test
  void anAnswerPastTheSizeCapIsCutOffAndCountsAsAFailure() {
    receiver.answer("/chatty", r -> r.attemptHere() == 1 ? new Reply(200, 0, "x".repeat(100_000), Map.of()) : Reply.status(200));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/chatty"), "customer.created").getString("id");
    api.customer("Big", "Answer");

    JsonObject delivery = api.awaitDeliveries(endpointId, Duration.ofSeconds(15), list -> WebhookApi.allIn(list, "SUCCEEDED", 1)).get(0);
    JsonObject first = api.delivery(endpointId, delivery.getString("id")).getJsonArray("attemptLog").getJsonObject(0);
    assertEquals("RETRYING", first.getString("outcome"), first.encode());
    assertTrue(first.getString("error").contains("larger than 4096 bytes"), first.encode());
  }

  @Test
  void aDeadEndpointDoesNotHoldUpAnotherOne() {
    receiver.answer("/dead", r -> Reply.slow(5000));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String dead = api.register(receiver.url("/dead"), "customer.created").getString("id");
    String alive = api.register(receiver.url("/alive"), "customer.created").getString("id");
    for (int i = 0; i < 10; i++) {
      api.customer("Busy" + i, "Endpoints");
    }
    long started = System.currentTimeMillis();
    api.awaitDeliveries(alive, Duration.ofSeconds(10), list -> WebhookApi.allIn(list, "SUCCEEDED", 10));
    assertTrue(System.currentTimeMillis() - started < 5000, "the live endpoint got all ten while the dead one hung");
    assertTrue(api.deliveries(dead, "state=PENDING").size() > 0);
  }
}
