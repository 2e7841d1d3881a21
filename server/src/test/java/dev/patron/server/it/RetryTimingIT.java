package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failed delivery is retried when its backoff ends, not when the next poll happens to come. */
class RetryTimingIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .plugin(FixturePlugins.recorder())
      .setting("PATRON_EVENT_POLL_MS", "60000")
      .setting("PATRON_EVENT_RETRY_BASE_MS", "200")
      .build();

  @Test
  void aRetryIsWokenByItsOwnBackoffEvenWhenThePollIsAMinuteAway() {
    TestTenant tenant = patron.newTenant();
    patron.enablePlugin(tenant.id(), "recorder", new JsonObject().put("failAttempts", 2).put("failLastName", "Retry"));
    String customer = Customers.create(tenant.client(), Customers.named("Rita", "Retry")).getString("id");

    List<JsonObject> delivered = Await.until(Duration.ofSeconds(5),
        () -> tenant.client().get("/api/v1/plugins/recorder/deliveries").expect(200).items(), items -> !items.isEmpty());
    assertEquals(customer, delivered.get(0).getString("customerId"));
    assertEquals(3, delivered.get(0).getInteger("attempt"), "delivered on the third attempt, after two backoffs");
  }
}
