package dev.patron.plugins.webhooks.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.plugins.webhooks.it.Receiver.Reply;
import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.PatronProcess;
import dev.patron.testkit.TestTenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two servers on one PostgreSQL share the webhook queue: every delivery is sent, and none twice,
 * although both senders claim from it at once. The second instance signs with the same secret
 * because both have the same PATRON_SECRET_KEY.
 */
class TwoInstancesIT {

  private static final String SECRET_KEY = "two instances share this secret key, 32+ chars";
  private static final int CUSTOMERS = 300;

  @RegisterExtension
  static PatronExtension patron = WebhookServers.forTests().isolated()
      .setting("PATRON_SECRET_KEY", SECRET_KEY)
      .build();

  @RegisterExtension
  static Receiver receiver = new Receiver();

  @Test
  void bothInstancesSendFromOneQueueAndNoDeliveryGoesTwice() throws IOException {
    receiver.answer("/shared", r -> Reply.slow(5));
    TestTenant tenant = patron.newTenant();
    WebhookApi api = new WebhookApi(tenant);
    String endpointId = api.register(receiver.url("/shared"), "customer.created").getString("id");

    Map<String, String> settings = new HashMap<>(Map.of(
        "PATRON_DATABASE_URL", "postgresql://postgres@127.0.0.1:" + embeddedPort(patron.server()) + "/patron",
        "PATRON_SECRET_KEY", SECRET_KEY,
        "PATRON_PLUGIN_WEBHOOKS_ALLOW_LOOPBACK", "true",
        "PATRON_PLUGIN_WEBHOOKS_ALLOW_HTTP", "true",
        "PATRON_PLUGIN_WEBHOOKS_POLL_MS", "50"));
    Path workDir = Files.createTempDirectory(Path.of(System.getProperty("patron.test.workdir", "target")), "second-");
    try (PatronProcess second = PatronProcess.start(PatronProcess.serverJarFromProperty(), workDir,
        pluginsOnly(workDir), settings)) {
      assertTrue(second.admin().get("/api/v1/admin/plugins").expect(200).items().stream()
          .anyMatch(p -> p.getString("id").equals("webhooks") && p.getString("state").equals("STARTED")),
          "the second instance runs the plugin, and sends from the same queue");
      for (int i = 0; i < CUSTOMERS; i++) {
        api.customer("Twin" + i, "Instance");
      }
      Await.until(Duration.ofSeconds(60), () -> receiver.at("/shared").size(), n -> n >= CUSTOMERS);
      WebhookApi.pause(1000);

      List<Receiver.Received> got = receiver.at("/shared");
      Map<String, Long> perId = got.stream().collect(Collectors.groupingBy(Receiver.Received::webhookId,
          Collectors.counting()));
      assertEquals(CUSTOMERS, perId.size(), "every delivery arrived");
      assertEquals(List.of(), perId.entrySet().stream().filter(e -> e.getValue() > 1).toList(), "none arrived twice");
      assertEquals(CUSTOMERS, api.deliveries(endpointId, "state=SUCCEEDED&limit=500").size());
    }
  }

  /** The folder with only the plugin jar under test, for the second server. */
  private static Path pluginsOnly(Path workDir) throws IOException {
    Path dir = Files.createDirectories(workDir.resolve("plugins"));
    Path jar = Path.of(System.getProperty("patron.plugin.jar"));
    Files.copy(jar, dir.resolve(jar.getFileName()));
    return dir;
  }

  /** The first server's embedded PostgreSQL, as its log names it. */
  private static int embeddedPort(PatronProcess server) throws IOException {
    Matcher matcher = Pattern.compile("Embedded PostgreSQL ready on port (\\d+)").matcher(Files.readString(server.logFile()));
    String port = null;
    while (matcher.find()) {
      port = matcher.group(1);
    }
    if (port == null) {
      throw new IllegalStateException("the server log names no embedded database port");
    }
    return Integer.parseInt(port);
  }
}
