package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Old events leave the outbox, except those a plugin has not taken yet. */
class OutboxRetentionIT {

  private static final int DATABASE_PORT = freePort();

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .isolated()
      .plugin(FixturePlugins.recorder())
      .enable("recorder", new JsonObject().put("failLastName", "Stuck").put("failAttempts", 1000))
      .setting("PATRON_EMBEDDED_DB_PORT", String.valueOf(DATABASE_PORT))
      .setting("PATRON_EVENT_RETENTION_DAYS", "1")
      .setting("PATRON_EVENT_MAX_ATTEMPTS", "1")
      .setting("PATRON_EVENT_POLL_MS", "100")
      .build();

  @Test
  void purgesOldEventsButKeepsThoseAPluginStillOwes() throws Exception {
    TestTenant tenant = patron.newTenant();
    Customers.create(tenant.client(), Customers.named("Old", "Delivered"));
    Customers.create(tenant.client(), Customers.named("Old", "Stuck"));
    Await.until(Duration.ofSeconds(15),
        () -> patron.admin().get("/api/v1/admin/plugins/recorder/dead-letters").expect(200).items(), items -> items.size() == 1);
    ageEveryEvent();

    patron.server().restart();

    List<JsonObject> events = tenant.client().get("/api/v1/events").expect(200).items();
    assertEquals(List.of("Stuck"), events.stream().map(e -> e.getJsonObject("data").getString("lastName")).toList(),
        "the dead-lettered event stays until an admin retries it");
    Customers.create(tenant.client(), Customers.named("New", "Customer"));
    assertEquals(2, tenant.client().get("/api/v1/events").expect(200).items().size());
  }

  private static void ageEveryEvent() throws SQLException {
    try (Connection connection = DriverManager.getConnection(
            "jdbc:postgresql://localhost:" + DATABASE_PORT + "/patron", "postgres", "");
         Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE patron.outbox_events SET occurred_at = occurred_at - interval '2 days'");
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
