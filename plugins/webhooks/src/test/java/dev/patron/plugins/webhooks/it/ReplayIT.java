package dev.patron.plugins.webhooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.plugins.webhooks.it.Receiver.Reply;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A delivered or failed delivery can be sent again, alone or by time range, with its webhook-id. */
class ReplayIT {

  @RegisterExtension
  static PatronExtension patron = WebhookServers.forTests()
      .setting("PATRON_PLUGIN_WEBHOOKS_RETRY_SCHEDULE_SECONDS", "1")
      .build();

  @RegisterExtension
  static Receiver receiver = new Receiver();

  @Test
  void oneDeliveryIsSentAgainWithTheSameWebhookId() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/again"), "customer.created").getString("id");
    api.customer("Re", "Play");
    String deliveryId = api.awaitDeliveries(endpointId, Duration.ofSeconds(10), l -> WebhookApi.allIn(l, "SUCCEEDED", 1))
        .get(0).getString("id");

    JsonObject replayed = api.client().post(WebhookApi.BASE + "/endpoints/" + endpointId + "/deliveries/" + deliveryId
        + "/replay", new JsonObject()).expect(202).json();
    assertEquals(deliveryId, replayed.getString("id"));
    List<Receiver.Received> got = Await.until(Duration.ofSeconds(10), () -> receiver.at("/again"), l -> l.size() == 2);
    assertEquals(got.get(0).webhookId(), got.get(1).webhookId());
    assertEquals(got.get(0).body(), got.get(1).body());
    JsonObject delivery = Await.until(Duration.ofSeconds(10), () -> api.delivery(endpointId, deliveryId),
        d -> d.getString("state").equals("SUCCEEDED") && d.getJsonArray("attemptLog").size() == 2);
    assertEquals(2, delivery.getInteger("attempts"));
  }

  @Test
  void theFailedDeliveriesOfARangeAreSentAgainOnceTheReceiverIsBack() {
    AtomicBoolean up = new AtomicBoolean(false);
    receiver.answer("/outage", r -> up.get() ? Reply.status(200) : Reply.status(500));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/outage"), "customer.created").getString("id");
    Instant from = Instant.now().minusSeconds(1);
    for (int i = 0; i < 3; i++) {
      api.customer("Out" + i, "Age");
    }
    api.awaitDeliveries(endpointId, Duration.ofSeconds(20), l -> WebhookApi.allIn(l, "FAILED", 3));
    up.set(true);

    JsonObject result = api.client().post(WebhookApi.BASE + "/endpoints/" + endpointId + "/replays", new JsonObject()
        .put("from", from.toString()).put("to", Instant.now().plusSeconds(1).toString()).put("onlyFailed", true))
        .expect(202).json();
    assertEquals(3, result.getInteger("replayed"));
    api.awaitDeliveries(endpointId, Duration.ofSeconds(20), l -> WebhookApi.allIn(l, "SUCCEEDED", 3));
  }

  @Test
  void aRangeNeedsBothEndsInOrder() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    String endpointId = api.register(receiver.url("/range"), "*").getString("id");
    String path = WebhookApi.BASE + "/endpoints/" + endpointId + "/replays";
    assertEquals(2, api.client().post(path, new JsonObject()).expect(400).fieldErrors().size());
    api.client().post(path, new JsonObject().put("from", "2026-12-02T10:00:00Z").put("to", "2026-12-01T10:00:00Z"))
        .expect(400);
    api.client().post(path, new JsonObject().put("from", "yesterday").put("to", "2026-12-01T10:00:00Z")).expect(400);
    api.client().post(WebhookApi.BASE + "/endpoints/" + endpointId + "/deliveries/" + java.util.UUID.randomUUID()
        + "/replay", new JsonObject()).expect(404);
  }
}
