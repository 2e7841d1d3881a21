package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The embedded database keeps its data across restarts, clean or not. */
class RestartIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().isolated().build();

  @Test
  void dataSurvivesACleanRestart() {
    TestTenant tenant = patron.newTenant();
    JsonObject customer = Customers.create(tenant.client(), Customers.complete());

    patron.server().restart();

    assertEquals(customer, tenant.client().get(Customers.path(customer.getString("id"))).expect(200).json());
    Customers.create(tenant.client(), Customers.named("After", "Restart"));
  }

  @Test
  void theLastLogLinesReachTheLogOnACleanStop() throws Exception {
    TestTenant tenant = patron.newTenant();
    tenant.client().get(Customers.PATH + "?limit=7").expect(200);

    patron.server().restart();

    String log = Files.readString(patron.server().logFile());
    assertTrue(log.contains("Patron stopped"), "the shutdown's own last line");
    String beforeStop = log.substring(0, log.lastIndexOf("Patron stopped"));
    assertTrue(beforeStop.contains("tenant=\"" + tenant.id() + "\" method=\"GET\""),
        "the buffered access line of the last request was written out on shutdown");
  }

  @Test
  void everyAcknowledgedWriteSurvivesAKill() {
    TestTenant tenant = patron.newTenant();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(Customers.create(tenant.client(), Customers.named("Ack" + i, "Nowledged")).getString("id"));
    }

    patron.server().kill();
    patron.server().startAgain();

    for (String id : ids) {
      tenant.client().get(Customers.path(id)).expect(200);
    }
    assertEquals(20, tenant.client().get(Customers.PATH + "?q=nowledged").expect(200).items().size());
    assertEquals(20, tenant.client().get("/api/v1/events").expect(200).items().size(), "no event lost either");
  }
}
