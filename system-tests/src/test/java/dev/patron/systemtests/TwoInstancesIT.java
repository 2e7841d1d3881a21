package dev.patron.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.systemtests.fixtures.tally.TallyListener;
import dev.patron.testkit.Await;
import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronProcess;
import dev.patron.testkit.PluginJar;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two servers on loopback, with every bundled plugin, on one PostgreSQL the test starts: what must
 * hold across instances does. They share the event partitions; no event reaches a plugin twice,
 * also while partitions change hands — an instance leaving, joining, killed mid-delivery; invoice numbers stay gap-free; revoking a key or
 * disabling a plugin on one instance takes effect on the other at once; one restaurant's imports
 * run one at a time, so another's is not stuck behind them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

  /** Change notifications take milliseconds; this leaves room for a loaded machine, far below the caches' 30 s. */
  private static final Duration AT_ONCE = Duration.ofSeconds(2);
  private static final String ADMIN_TOKEN = "two-instances-admin-" + UUID.randomUUID();
  private static final int TENANTS = 6;
  private static final int WRITERS = 6;

  @RegisterExtension
  static ExternalPostgres postgres = ExternalPostgres.builder().build();

  private static PatronProcess first;
  private static PatronProcess second;

  @BeforeAll
  static void startBoth() throws IOException {
    Path work = Files.createTempDirectory(Path.of(System.getProperty("patron.test.workdir", "target/it-data")), "two-");
    Path plugins = Files.createDirectories(work.resolve("plugins"));
    for (String jar : System.getProperty("patron.plugin.jar").split(java.io.File.pathSeparator)) {
      Files.copy(Path.of(jar), plugins.resolve(Path.of(jar).getFileName()));
    }
    Path tally = PluginJar.builder("tally").classesOf(TallyListener.class).extensions(TallyListener.class)
        .migration("V1__tally.sql", resource("/fixtures/tally.sql"))
        .build(work.resolve("fixture-plugins"));
    Files.copy(tally, plugins.resolve(tally.getFileName()));
    Map<String, String> settings = Map.of(
        "PATRON_DATABASE_URL", postgres.databaseUrl(),
        "PATRON_ADMIN_TOKEN", ADMIN_TOKEN,
        "PATRON_SECRET_KEY", "both instances seal and open secrets with this key",
        "PATRON_EVENT_POLL_MS", "100");
    first = PatronProcess.start(PatronProcess.serverJarFromProperty(), work.resolve("first"), plugins, settings);
    second = PatronProcess.start(PatronProcess.serverJarFromProperty(), work.resolve("second"), plugins, settings);
  }

  @AfterAll
  static void stopBoth() {
    for (PatronProcess server : new PatronProcess[] {second, first}) {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  @Order(1)
  void revokingAKeyOnOneInstanceLocksItOutOfTheOtherAtOnce() {
    Tenant tenant = newTenant();
    PatronClient onSecond = tenant.on(second);
    onSecond.get("/api/v1/customers").expect(200);

    admin(first).delete("/api/v1/admin/tenants/" + tenant.id + "/api-keys/" + tenant.keyId).expect(204);

    Await.until(AT_ONCE, () -> onSecond.get("/api/v1/customers").status(), status -> status == 401);
  }

  @Test
  @Order(2)
  void disablingAPluginOnOneInstanceClosesItsRoutesOnTheOtherAtOnce() {
    Tenant tenant = newTenant();
    enable(tenant, "gift-cards", new JsonObject());
    PatronClient onSecond = tenant.on(second);
    onSecond.get("/api/v1/plugins/gift-cards/cards").expect(200);

    admin(first).put("/api/v1/admin/tenants/" + tenant.id + "/plugins/gift-cards",
        new JsonObject().put("enabled", false).put("config", new JsonObject())).expect(200);

    Await.until(AT_ONCE, () -> onSecond.get("/api/v1/plugins/gift-cards/cards").status(), status -> status == 404);
  }

  @Test
  @Order(3)
  void invoiceNumbersStayGapFreeWhenBothInstancesIssueThem() throws Exception {
    Tenant tenant = newTenant();
    enable(tenant, "invoicing", new JsonObject().put("numberPrefix", "INV-").put("paymentTermsDays", 14).put("taxRate", 10));
    List<Callable<Response>> invoices = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      PatronClient client = tenant.on(i % 2 == 0 ? first : second);
      String customer = client.post("/api/v1/customers", new JsonObject().put("firstName", "Guest" + i)
          .put("lastName", "Table" + i)).expect(201).json().getString("id");
      client.send("PUT", "/api/v1/plugins/invoicing/customers/" + customer + "/account",
          new JsonObject().put("billingEnabled", true).encode(), Map.of()).expect(200);
      client.post("/api/v1/plugins/invoicing/customers/" + customer + "/charges", new JsonObject()
          .put("amount", new JsonObject().put("amount", 1000 + i).put("currency", "EUR"))
          .put("description", "Dinner").put("orderReference", "POS-" + UUID.randomUUID())).expect(201);
      invoices.add(() -> client.post("/api/v1/plugins/invoicing/invoices", new JsonObject().put("customerId", customer)));
    }

    List<Long> numbers = Concurrently.run(invoices).stream()
        .map(r -> Long.parseLong(r.expect(201).json().getString("number").substring(4))).sorted().toList();

    assertEquals(LongStream.rangeClosed(1, 12).boxed().toList(), numbers, "no gaps, no duplicates");
  }

  @Test
  @Order(4)
  void noEventGoesTwiceWhileInstancesJoinLeaveAndDieMidDelivery() throws Exception {
    List<Tenant> tenants = new ArrayList<>();
    for (int i = 0; i < TENANTS; i++) {
      Tenant tenant = newTenant();
      enable(tenant, "tally", new JsonObject());
      tenants.add(tenant);
    }
    Await.until(Duration.ofSeconds(10), () -> List.of(partitionsHeld(first), partitionsHeld(second)),
        held -> held.get(0) == 4 && held.get(1) == 4);

    ConcurrentLinkedQueue<String[]> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger sent = new AtomicInteger();
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    for (int w = 0; w < WRITERS; w++) {
      writers.submit(() -> {
        while (writing.get()) {
          int n = sent.incrementAndGet();
          Tenant tenant = tenants.get(n % TENANTS);
          try {
            Response created = tenant.on(n % 2 == 0 ? first : second).post("/api/v1/customers",
                new JsonObject().put("firstName", "Twin" + n).put("lastName", "Instance"));
            if (created.status() == 201) {
              acknowledged.add(new String[] {tenant.id, created.json().getString("id")});
            }
          } catch (RuntimeException refused) {
            // an instance that is down refuses; nothing was acknowledged
          }
        }
      });
    }
    // Each change hands partitions over while deliveries run: the second leaves (its share goes to
    // the first), joins again (the first gives half back, mid-step), and dies mid-delivery.
    Thread.sleep(1500);
    second.stop();
    Thread.sleep(1500);
    second.startAgain();
    Await.until(Duration.ofSeconds(10), () -> partitionsHeld(second), held -> held == 4);
    Thread.sleep(1500);
    second.kill();
    Thread.sleep(1000);
    writing.set(false);
    writers.shutdown();
    assertTrue(writers.awaitTermination(1, TimeUnit.MINUTES));
    assertTrue(acknowledged.size() >= 200, "writes went through all along: " + acknowledged.size());

    // The survivor takes the killed instance's partitions over and delivers what it left.
    Await.until(Duration.ofSeconds(10), () -> partitionsHeld(first), held -> held == 8);
    for (Tenant tenant : tenants) {
      Set<String> expected = new HashSet<>();
      acknowledged.stream().filter(a -> a[0].equals(tenant.id)).forEach(a -> expected.add(a[1]));
      JsonObject tally = Await.until(Duration.ofSeconds(60),
          () -> tenant.on(first).get("/api/v1/plugins/tally/tally").expect(200).json(),
          t -> new HashSet<>(t.getJsonArray("subjects").getList()).containsAll(expected));
      assertEquals(0, tally.getInteger("repeated"), "no event delivered twice");
      for (Object subject : tally.getJsonArray("subjects")) {
        // A create in flight when the instance died may have committed without its answer: it is real.
        tenant.on(first).get("/api/v1/customers/" + subject).expect(200);
      }
    }
    second.startAgain();
    Await.until(Duration.ofSeconds(10), () -> List.of(partitionsHeld(first), partitionsHeld(second)),
        held -> held.get(0) == 4 && held.get(1) == 4);
  }

  @Test
  @Order(5)
  void aRestaurantsImportsRunOneAtATimeSoAnothersIsNotStuckBehindThem() {
    Tenant busy = newTenant();
    Tenant other = newTenant();
    StringBuilder big = new StringBuilder("firstName,lastName\r\n");
    for (int i = 0; i < 30_000; i++) {
      big.append("Bulk").append(i).append(",Import\r\n");
    }
    String first = upload(busy.on(TwoInstancesIT.first), big.toString());
    String second = upload(busy.on(TwoInstancesIT.first), big.toString());
    Await.until(Duration.ofSeconds(10), () -> job(busy, first).getString("state"), "RUNNING"::equals);
    String small = upload(other.on(TwoInstancesIT.second), "firstName,lastName\r\nSmall,Import\r\n");

    JsonObject smallDone = Await.until(Duration.ofSeconds(120), () -> job(other, small),
        job -> "SUCCEEDED".equals(job.getString("state")));
    JsonObject secondDone = Await.until(Duration.ofSeconds(120), () -> job(busy, second),
        job -> "SUCCEEDED".equals(job.getString("state")));
    assertTrue(Instant.parse(smallDone.getString("finishedAt")).isBefore(Instant.parse(secondDone.getString("startedAt"))),
        "the other restaurant's import ran while the busy one's second waited for its first: " + smallDone + secondDone);
    assertEquals("SUCCEEDED", job(busy, first).getString("state"));
  }

  private static String upload(PatronClient client, String csv) {
    Response queued = client.send("POST", "/api/v1/customers/imports", csv, Map.of("Content-Type", "text/csv"));
    assertEquals(202, queued.status(), queued.body());
    return queued.json().getString("id");
  }

  private static JsonObject job(Tenant tenant, String id) {
    return tenant.on(first).get("/api/v1/customers/imports/" + id).expect(200).json();
  }

  private record Tenant(String id, String keyId, String key) {
    PatronClient on(PatronProcess server) {
      return new PatronClient(server.baseUri(), key);
    }
  }

  private static Tenant newTenant() {
    PatronClient admin = admin(first);
    String id = admin.post("/api/v1/admin/tenants", new JsonObject().put("name", "Twin " + UUID.randomUUID())
        .put("currency", "EUR").put("language", "de-AT").put("timeZone", "Europe/Vienna")).expect(201).json().getString("id");
    JsonObject key = admin.post("/api/v1/admin/tenants/" + id + "/api-keys", null).expect(201).json();
    return new Tenant(id, key.getString("id"), key.getString("key"));
  }

  private static void enable(Tenant tenant, String pluginId, JsonObject config) {
    admin(first).put("/api/v1/admin/tenants/" + tenant.id + "/plugins/" + pluginId,
        new JsonObject().put("enabled", true).put("config", config)).expect(200);
  }

  private static PatronClient admin(PatronProcess server) {
    return new PatronClient(server.baseUri(), ADMIN_TOKEN);
  }

  /** How many of the tally plugin's event partitions the instance delivers, from its metrics. */
  private static int partitionsHeld(PatronProcess server) {
    String metrics = admin(server).get("/metrics").expect(200).body();
    Matcher held = Pattern.compile("patron_events_partitions_held\\{plugin=\"tally\"} (\\d+)").matcher(metrics);
    return held.find() ? (int) Double.parseDouble(held.group(1)) : -1;
  }

  private static String resource(String name) {
    try (InputStream in = TwoInstancesIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
