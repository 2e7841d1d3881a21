package dev.patron.plugins.webhooks.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deliveries are signed as Standard Webhooks specifies: checked here by the specification's own
 * reference library, not by the plugin's code. Rotation signs with both secrets for the overlap.
 */
class SignatureIT {

  @RegisterExtension
  static PatronExtension patron = WebhookServers.forTests().build();

  @RegisterExtension
  static Receiver receiver = new Receiver();

  @Test
  void aNewCustomerArrivesSignedWithTheEndpointsSecretAsTheEventFeedShowsIt() throws Exception {
    WebhookApi api = new WebhookApi(patron.newTenant());
    JsonObject endpoint = api.register(receiver.url("/signed"), "customer.*");
    String secret = endpoint.getString("secret");
    assertTrue(secret.startsWith("whsec_"), secret);
    assertNull(api.endpoint(endpoint.getString("id")).getValue("secret"), "the secret is shown once");

    String customerId = api.customer("Ada", "Signed");
    Receiver.Received got = Await.until(Duration.ofSeconds(10), () -> receiver.at("/signed"), list -> !list.isEmpty()).get(0);

    new Webhook(secret).verify(got.body(), got.headers());
    assertEquals("application/json", got.header("content-type"));
    long timestamp = Long.parseLong(got.header("webhook-timestamp"));
    assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60, "timestamp is the attempt's time");

    JsonObject payload = got.json();
    JsonObject feed = api.client().get("/api/v1/events?limit=10").expect(200).items().stream()
        .filter(e -> e.getString("type").equals("customer.created")).findFirst().orElseThrow();
    assertEquals(feed.copy().put("position", null).fieldNames(), withAll(payload).fieldNames(),
        "the payload is the feed's event without its position");
    assertEquals(feed.getString("id"), payload.getString("id"));
    assertEquals("customer.created", payload.getString("type"));
    assertEquals(customerId, payload.getString("subjectId"));
    assertEquals("Ada", payload.getJsonObject("data").getString("firstName"));
    assertEquals("api-key", payload.getJsonObject("actor").getString("type"));

    List<JsonObject> log = api.awaitDeliveries(endpoint.getString("id"), Duration.ofSeconds(10),
        list -> WebhookApi.allIn(list, "SUCCEEDED", 1));
    JsonObject delivery = api.delivery(endpoint.getString("id"), log.get(0).getString("id"));
    assertEquals(got.webhookId(), delivery.getString("id"), "webhook-id is the delivery's id");
    assertEquals(200, delivery.getInteger("lastStatus"));
    JsonObject attempt = delivery.getJsonArray("attemptLog").getJsonObject(0);
    assertEquals("SUCCEEDED", attempt.getString("outcome"));
    assertNotNull(attempt.getInteger("latencyMs"));
    assertEquals(payload, delivery.getJsonObject("payload"));
  }

  @Test
  void aTamperedBodyOrAnotherSecretFailsVerification() throws Exception {
    WebhookApi api = new WebhookApi(patron.newTenant());
    JsonObject endpoint = api.register(receiver.url("/tamper"), "customer.created");
    api.customer("Tam", "Per");
    Receiver.Received got = Await.until(Duration.ofSeconds(10), () -> receiver.at("/tamper"), list -> !list.isEmpty()).get(0);
    assertThrows(WebhookVerificationException.class,
        () -> new Webhook(endpoint.getString("secret")).verify(got.body().replace("Tam", "Tom"), got.headers()));
    assertThrows(WebhookVerificationException.class,
        () -> new Webhook(WebhookApi.otherSecret()).verify(got.body(), got.headers()));
  }

  @Test
  void duringARotationBothSecretsSignAndAfterAZeroOverlapOnlyTheNewOne() throws Exception {
    WebhookApi api = new WebhookApi(patron.newTenant());
    JsonObject endpoint = api.register(receiver.url("/rotate"), "customer.created");
    String id = endpoint.getString("id");
    String first = endpoint.getString("secret");

    JsonObject rotated = api.client().post(WebhookApi.BASE + "/endpoints/" + id + "/secret-rotations",
        new JsonObject().put("overlapSeconds", 3600)).expect(200).json();
    String second = rotated.getString("secret");
    assertNotNull(rotated.getString("previousSecretExpiresAt"));
    api.customer("Rota", "One");
    Receiver.Received during = Await.until(Duration.ofSeconds(10), () -> receiver.at("/rotate"), l -> l.size() == 1).get(0);
    assertEquals(2, during.header("webhook-signature").split(" ").length, during.header("webhook-signature"));
    assertDoesNotThrow(() -> new Webhook(first).verify(during.body(), during.headers()));
    assertDoesNotThrow(() -> new Webhook(second).verify(during.body(), during.headers()));

    String third = api.client().post(WebhookApi.BASE + "/endpoints/" + id + "/secret-rotations",
        new JsonObject().put("overlapSeconds", 0)).expect(200).json().getString("secret");
    api.customer("Rota", "Two");
    Receiver.Received after = Await.until(Duration.ofSeconds(10), () -> receiver.at("/rotate"), l -> l.size() == 2).get(1);
    assertEquals(1, after.header("webhook-signature").split(" ").length);
    assertDoesNotThrow(() -> new Webhook(third).verify(after.body(), after.headers()));
    assertThrows(WebhookVerificationException.class, () -> new Webhook(second).verify(after.body(), after.headers()));
  }

  @Test
  void theRotationWindowIsBounded() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    String id = api.register(receiver.url("/bounded"), "*").getString("id");
    List<String> errors = api.client().post(WebhookApi.BASE + "/endpoints/" + id + "/secret-rotations",
        new JsonObject().put("overlapSeconds", 8 * 24 * 3600)).expect(400).fieldErrors();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("overlapSeconds: "), errors.toString());
  }

  private static JsonObject withAll(JsonObject payload) {
    return payload.copy().put("position", null);
  }
}
