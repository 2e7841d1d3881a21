package dev.patron.plugins.webhooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.plugins.webhooks.it.Receiver.Reply;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An endpoint that keeps failing is disabled after the host's period, one that answers 410 at once,
 * each with its reason; while disabled it gets nothing, and enabling it again sends what it held.
 */
class DisableIT {

  @RegisterExtension
  static PatronExtension patron = WebhookServers.forTests()
      .setting("PATRON_PLUGIN_WEBHOOKS_DISABLE_AFTER_SECONDS", "2")
      .setting("PATRON_PLUGIN_WEBHOOKS_RETRY_SCHEDULE_SECONDS", "1,1,1,1,1,1")
      .build();

  @RegisterExtension
  static Receiver receiver = new Receiver();

  @Test
  void anEndpointFailingLongerThanThePeriodIsDisabledWithTheReasonAndResumesWhenEnabled() {
    AtomicBoolean up = new AtomicBoolean(false);
    receiver.answer("/flapping", r -> up.get() ? Reply.status(200) : Reply.status(502));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String id = api.register(receiver.url("/flapping"), "customer.created").getString("id");
    api.customer("Fail", "Long");

    JsonObject disabled = Await.until(Duration.ofSeconds(20), () -> api.endpoint(id), e -> !e.getBoolean("enabled"));
    assertTrue(disabled.getString("disabledReason").startsWith("failing since "), disabled.encode());
    assertTrue(disabled.getString("disabledReason").contains("the endpoint answered 502"), disabled.encode());
    int attemptsWhenDisabled = receiver.at("/flapping").size();

    api.customer("While", "Disabled");
    WebhookApi.pause(1500);
    assertEquals(attemptsWhenDisabled, receiver.at("/flapping").size(), "a disabled endpoint is not called");

    up.set(true);
    JsonObject enabled = api.client().patch(WebhookApi.BASE + "/endpoints/" + id, new JsonObject().put("enabled", true))
        .expect(200).json();
    assertNull(enabled.getString("disabledReason"));
    assertNull(enabled.getString("failingSince"));
    JsonObject held = api.awaitDeliveries(id, Duration.ofSeconds(10), list -> WebhookApi.allIn(list, "SUCCEEDED", 1)).get(0);
    assertEquals(1, api.deliveries(id, "").size(), "the event while disabled was not queued for it");
    assertEquals("SUCCEEDED", held.getString("state"));
  }

  @Test
  void a410DisablesTheEndpointAtOnce() {
    receiver.answer("/gone", r -> Reply.status(410));
    WebhookApi api = new WebhookApi(patron.newTenant());
    String id = api.register(receiver.url("/gone"), "customer.created").getString("id");
    api.customer("Gone", "Away");

    JsonObject disabled = Await.until(Duration.ofSeconds(10), () -> api.endpoint(id), e -> !e.getBoolean("enabled"));
    assertEquals("the endpoint answered 410 Gone", disabled.getString("disabledReason"));
    assertEquals(1, receiver.at("/gone").size());
    assertEquals("FAILED", api.deliveries(id, "").get(0).getString("state"));
  }

  @Test
  void aPersonCanDisableAnEndpoint() {
    WebhookApi api = new WebhookApi(patron.newTenant());
    String id = api.register(receiver.url("/paused"), "customer.created").getString("id");
    JsonObject paused = api.client().patch(WebhookApi.BASE + "/endpoints/" + id, new JsonObject().put("enabled", false))
        .expect(200).json();
    assertFalse(paused.getBoolean("enabled"));
    assertEquals("disabled by a person", paused.getString("disabledReason"));
    api.customer("Not", "Sent");
    WebhookApi.pause(1000);
    assertEquals(0, receiver.at("/paused").size());
  }
}
