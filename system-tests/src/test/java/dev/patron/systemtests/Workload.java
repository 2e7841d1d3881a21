package dev.patron.systemtests;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a restaurant, its staff and its host do in a day, with real bodies, so that the statements
 * behind each request, each plugin's hooks and listeners, the import jobs and the webhook sender
 * all run: customers created, changed, imported, archived (and an archive vetoed); gift cards,
 * charges, invoices and payments; sales, refunds and a sales import; webhook endpoints that
 * succeed and fail; staff invited, signed in and out; the host's console and its admin calls.
 * {@link EveryOperation} then reaches whatever this leaves out.
 */
final class Workload {

  private static final String PLUGINS = Seeds.PLUGINS;
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private final PatronExtension patron;
  private final WebhookReceiver receiver;
  private final String failingPlugin;
  private final Seeds seeds;
  private final PatronClient api;
  private final PatronClient admin;
  private final Map<String, String> ids = new LinkedHashMap<>();
  private final Map<String, PatronClient> clientsByScheme = new LinkedHashMap<>();
  private String healthyEndpoint;

  private Workload(PatronExtension patron, WebhookReceiver receiver, String failingPlugin, Seeds seeds) {
    this.patron = patron;
    this.receiver = receiver;
    this.failingPlugin = failingPlugin;
    this.seeds = seeds;
    this.api = seeds.tenant().client();
    this.admin = patron.admin();
    ids.putAll(seeds.ids());
  }

  /**
   * Plants the seeded restaurant and drives everything below against it.
   *
   * @param failingPlugin a plugin whose listener fails its first delivery (FlakyListener), so that
   *     an event is dead-lettered and retried
   */
  static Workload run(PatronExtension patron, WebhookReceiver receiver, String failingPlugin) {
    Workload workload = new Workload(patron, receiver, failingPlugin, Seeds.plant(patron));
    workload.webhooks();
    workload.customers();
    workload.giftCardsAndInvoices();
    workload.sales();
    workload.imports();
    workload.people();
    workload.host();
    return workload;
  }

  /** A real id for every path parameter the workload made one for, the seeds' included. */
  Map<String, String> ids() {
    return ids;
  }

  /** A client for each security scheme of the API document, signed in where it takes a session. */
  Map<String, PatronClient> clientsByScheme() {
    return clientsByScheme;
  }

  /** Waits until every plugin has every event and the healthy webhook endpoint has sent everything. */
  void settle() {
    Await.until(SETTLE, () -> admin.get("/metrics").expect(200).body(),
        metrics -> metrics.lines().filter(line -> line.startsWith("patron_events_behind"))
            .allMatch(line -> line.endsWith(" 0.0")));
    Await.until(SETTLE, () -> api.get(PLUGINS + "webhooks/endpoints/" + healthyEndpoint + "/deliveries?state=PENDING")
        .expect(200).items(), List::isEmpty);
  }

  private void webhooks() {
    String hook = PLUGINS + "webhooks/endpoints";
    String ok = api.post(hook, new JsonObject().put("url", receiver.url("/ok")).put("eventTypes", new JsonArray().add("*")))
        .expect(201).json().getString("id");
    healthyEndpoint = ok;
    // One to spare for EveryOperation, which deletes the endpoint it is given.
    ids.put("endpointId", api.post(hook, new JsonObject().put("url", receiver.url("/spare"))
        .put("eventTypes", new JsonArray().add("gift-cards.*"))).expect(201).json().getString("id"));
    String failing = api.post(hook, new JsonObject().put("url", receiver.url("/failing"))
        .put("eventTypes", new JsonArray().add("customer.*")).put("description", "down")).expect(201).json().getString("id");
    api.patch(hook + "/" + failing, new JsonObject().put("description", "still down")).expect(200);
    api.patch(hook + "/" + failing, new JsonObject().put("enabled", false)).expect(200);
    api.patch(hook + "/" + failing, new JsonObject().put("enabled", true)).expect(200);
    api.post(hook + "/" + ok + "/secret-rotations", new JsonObject().put("overlapSeconds", 60)).expect(200);
    customer("Hook", "Target");
    Await.until(SETTLE, () -> receiver.received("/ok"), n -> n > 0);
    Await.until(SETTLE, () -> receiver.received("/failing"), n -> n > 0);
    JsonObject delivery = api.get(hook + "/" + ok + "/deliveries?limit=1").expect(200).items().get(0);
    ids.put("deliveryId", delivery.getString("id"));
    api.get(hook + "/" + ok + "/deliveries/" + delivery.getString("id")).expect(200);
    api.post(hook + "/" + ok + "/deliveries/" + delivery.getString("id") + "/replay", null).expect(202);
    JsonObject lastHour = new JsonObject().put("from", Instant.now().minus(1, ChronoUnit.HOURS).toString())
        .put("to", Instant.now().plusSeconds(60).toString());
    api.post(hook + "/" + ok + "/replays", lastHour).expect(202);
    api.post(hook + "/" + failing + "/replays", lastHour.copy().put("onlyFailed", true)).expect(202);
  }

  private void customers() {
    String customers = "/api/v1/customers";
    String regular = api.post(customers, new JsonObject().put("firstName", "Sophie").put("lastName", "Müller")
        .put("email", "sophie@example.at").put("referenceId", "REG-1").put("primaryPhone", "+43 660 1234567")
        .put("extensions", new JsonObject()
            .put("order-profiles", new JsonObject().put("defaultProfileId", ids.get("profileId")))
            .put("discounts", new JsonObject().put("defaultDiscountId", ids.get("discountId")))))
        .expect(201).json().getString("id");
    JsonObject created = new JsonObject().put("firstName", "Ida").put("lastName", "Empotent");
    Map<String, String> key = Map.of("Idempotency-Key", "create-" + UUID.randomUUID());
    api.post(customers, created, key).expect(201);
    api.post(customers, created, key).expect(201);
    Response current = api.get(customers + "/" + regular).expect(200);
    api.patch(customers + "/" + regular, new JsonObject().put("notes", "Allergic to nuts").put("company", "Acme"),
        Map.of("If-Match", current.header("ETag"))).expect(200);
    api.patch(customers + "/" + regular, new JsonObject().put("extensions", new JsonObject()
        .put("discounts", null))).expect(200);
    for (String query : List.of("?q=sophie", "?q=m%C3%BCller&limit=5", "?q=%2B43660", "?q=REG-1", "?email=sophie@example.at",
        "?referenceId=REG-1", "?sort=-createdAt", "?sort=updatedAt&updatedSince=2020-01-01T00:00:00Z", "")) {
      api.get(customers + query).expect(200);
    }
    api.get(customers + "/export?format=csv").expect(200);
    api.get(customers + "/export?format=ndjson&q=sophie").expect(200);
    api.get(customers + "/" + regular + "/overview").expect(200);
    api.get(customers + "/" + regular + "/archive-preview").expect(200);
    String after = api.get("/api/v1/events?limit=2").expect(200).json().getString("nextCursor");
    api.get("/api/v1/events?type=customer.updated&after=" + after).expect(200);
    ids.put("regularId", regular);
  }

  private void giftCardsAndInvoices() {
    String regular = ids.get("regularId");
    JsonObject issued = api.post(PLUGINS + "gift-cards/cards", new JsonObject().put("type", "DIGITAL")
        .put("initialAmount", eur(3000)).put("customerId", regular)).expect(201).json();
    String card = issued.getString("id");
    String cards = PLUGINS + "gift-cards/cards/" + card;
    api.post(cards + "/activities", new JsonObject().put("type", "LOAD").put("amount", eur(1000))).expect(201);
    String redeem = api.post(cards + "/activities", new JsonObject().put("type", "REDEEM").put("amount", eur(500)))
        .expect(201).json().getString("id");
    api.post(cards + "/activities", new JsonObject().put("type", "REVERSE").put("reversesActivityId", redeem)).expect(201);
    api.send("PUT", cards + "/customers/" + seeds.id("customerId"), null, Map.of()).expect(200);
    api.delete(cards + "/customers/" + seeds.id("customerId")).expect(200);
    api.post(PLUGINS + "gift-cards/cards/lookup", new JsonObject().put("code", issued.getString("code"))).expect(200);
    api.get(PLUGINS + "gift-cards/reports/liability").expect(200);

    String account = PLUGINS + "invoicing/customers/" + regular;
    api.put(account + "/account", new JsonObject().put("billingEnabled", true).put("creditLimit", eur(20_000))).expect(200);
    String charge = api.post(account + "/charges", new JsonObject().put("amount", eur(1250)).put("description", "Lunch")
        .put("orderReference", "REG-ORDER-1")).expect(201).json().getString("id");
    api.post(account + "/charges", new JsonObject().put("amount", eur(800)).put("description", "Coffee")
        .put("orderReference", "REG-ORDER-2")).expect(201);
    api.post(PLUGINS + "invoicing/charges/" + charge + "/cancel", new JsonObject().put("reason", "Wrong table")).expect(200);
    String invoice = api.post(PLUGINS + "invoicing/invoices", new JsonObject().put("customerId", regular))
        .expect(201).json().getString("id");
    api.post(PLUGINS + "invoicing/invoices/" + invoice + "/payments", new JsonObject().put("amount", eur(800))
        .put("method", "CARD")).expect(201);
    api.get(account + "/balance").expect(200);
    api.post(account + "/charges", new JsonObject().put("amount", eur(400)).put("description", "Cake")
        .put("orderReference", "REG-ORDER-3")).expect(201);
    String mistaken = api.post(PLUGINS + "invoicing/invoices", new JsonObject().put("customerId", regular))
        .expect(201).json().getString("id");
    api.post(PLUGINS + "invoicing/invoices/" + mistaken + "/void", null).expect(200);
    api.post(PLUGINS + "discounts/quote", new JsonObject().put("customerId", regular).put("subtotal", eur(4000))).expect(200);
    api.get(PLUGINS + "order-profiles/resolve?customerId=" + regular).expect(200);
  }

  private void sales() {
    String regular = ids.get("regularId");
    String sale = api.post(PLUGINS + "sales/transactions", receipt("DAY-1", regular, 2)).expect(201).json().getString("id");
    api.post(PLUGINS + "sales/transactions", receipt("DAY-2", null, 1)).expect(201);
    api.post(PLUGINS + "sales/transactions/" + sale + "/refunds", new JsonObject().put("lines",
        new JsonArray().add(new JsonObject().put("lineNumber", 1).put("quantity", 1)))).expect(201);
    api.get(PLUGINS + "sales/customers/" + regular + "/statistics").expect(200);
    api.get(PLUGINS + "sales/customers/" + regular + "/products").expect(200);
    api.get(PLUGINS + "sales/customers/last-visits?customerId=" + regular + "&customerId=" + seeds.id("customerId"))
        .expect(200);
    api.get(PLUGINS + "sales/reports/top-customers?from=" + LocalDate.now().minusDays(7) + "&to=" + LocalDate.now().plusDays(1))
        .expect(200);
    api.get(PLUGINS + "sales/reports/new-vs-returning?from=" + YearMonth.now().minusMonths(2) + "&to=" + YearMonth.now())
        .expect(200);
    api.post(PLUGINS + "sales/maintenance/statistics-rebuild", new JsonObject().put("checkOnly", true)).expect(200);
    api.post(PLUGINS + "sales/maintenance/statistics-rebuild", new JsonObject().put("customerId", regular)).expect(200);
    api.post(PLUGINS + "sales/maintenance/statistics-rebuild", new JsonObject().put("limit", 10)).expect(200);

    // A customer with something in every plugin, archived: each plugin's hook erases its part.
    String leaving = customer("Lea", "Ving");
    api.post(PLUGINS + "gift-cards/cards", new JsonObject().put("type", "DIGITAL").put("initialAmount", eur(1000))
        .put("customerId", leaving)).expect(201);
    api.post(PLUGINS + "sales/transactions", receipt("LEAVING-1", leaving, 1)).expect(201);
    api.put(PLUGINS + "invoicing/customers/" + leaving + "/account", new JsonObject().put("billingEnabled", true)).expect(200);
    api.delete("/api/v1/customers/" + leaving).expect(204);
    // The seeded customer owes money: invoicing vetoes the archive.
    api.delete("/api/v1/customers/" + seeds.id("customerId")).expect(409);
  }

  private void imports() {
    String csv = "referenceId;firstName;lastName;email\r\nIMP-1;Anna;Berger;anna@example.at\r\n"
        + "IMP-2;Ben;;ben@example\r\nREG-1;Sophie;Müller-Huber;sophie@example.at\r\n";
    String job = upload("/api/v1/customers/imports", "text/csv", csv);
    upload("/api/v1/customers/imports?match=email", "application/x-ndjson",
        "{\"firstName\":\"Anna\",\"lastName\":\"Berger-Wolf\",\"email\":\"ANNA@example.at\"}\n");
    upload("/api/v1/customers/imports?match=none&dryRun=true", "text/csv", csv);
    api.post("/api/v1/customers/import", new JsonObject().put("customers", new JsonArray()
        .add(new JsonObject().put("firstName", "Batch").put("lastName", "One").put("referenceId", "BATCH-1"))
        .add(new JsonObject().put("referenceId", "IMP-1").put("firstName", "Anna").put("lastName", "Berger"))
        .add("not a customer"))).expect(200);
    api.get("/api/v1/customers/imports/template").expect(200);
    ids.put("importId", job);

    String ndjson = receipt("IMP-R1", null, 1).put("customerReferenceId", "IMP-1").encode() + "\n"
        + receipt("IMP-R2", ids.get("regularId"), 3).encode() + "\n" + "{\"receiptId\":\"broken\"}\n";
    String salesJob = upload(PLUGINS + "sales/imports", "application/x-ndjson", ndjson);
    api.get(PLUGINS + "sales/imports/" + salesJob + "/rejections").expect(200);
    String cancelled = api.send("POST", PLUGINS + "sales/imports", ndjson.replace("IMP-R", "CANCEL-R"),
        Map.of("Content-Type", "application/x-ndjson")).expect(202).json().getString("id");
    api.post(PLUGINS + "sales/imports/" + cancelled + "/cancel", null); // 200, or 409 if it finished first
    finished(PLUGINS + "sales/imports/" + cancelled);
  }

  private void people() {
    TestTenant tenant = seeds.tenant();
    SignedIn owner = StaffAccounts.owner(admin, tenant.id(), "owner@workload.example");
    SignedIn manager = StaffAccounts.member(owner, "manager@workload.example", "MANAGER");
    ids.put("staffId", manager.staffId());
    PatronClient anonymous = patron.server().anonymous();
    anonymous.post("/api/v1/auth/sessions", new JsonObject().put("tenant", tenant.id())
        .put("email", "owner@workload.example").put("password", "not the password")).expect(401);
    owner.client().get("/api/v1/auth/session").expect(200);
    owner.client().get("/api/v1/back-office").expect(200);
    owner.client().get("/api/v1/customers?q=sophie").expect(200);
    owner.client().patch("/api/v1/staff/" + manager.staffId(), new JsonObject().put("role", "STAFF")).expect(200);
    owner.client().post("/api/v1/staff/" + manager.staffId() + "/password-reset", null).expect(201);
    admin.post("/api/v1/admin/tenants/" + tenant.id() + "/staff/" + owner.staffId() + "/password-reset", null).expect(201);
    manager.client().put("/api/v1/auth/password", new JsonObject().put("currentPassword", StaffAccounts.PASSWORD)
        .put("newPassword", "a newer password for the test")).expect(200);
    // Signing in may name the restaurant by its slug.
    String slug = "seeded-" + UUID.randomUUID().toString().substring(0, 8);
    admin.patch("/api/v1/admin/tenants/" + tenant.id(), new JsonObject().put("slug", slug)).expect(200);
    SignedIn again = StaffAccounts.signIn(anonymous, slug, "owner@workload.example", StaffAccounts.PASSWORD);
    again.client().delete("/api/v1/auth/session").expect(204);
    owner.client().patch("/api/v1/staff/" + owner.staffId(), new JsonObject().put("role", "MANAGER")).expect(409);
    clientsByScheme.put("staffSession", owner.client());

    Response console = anonymous.post("/api/v1/auth/admin-sessions", new JsonObject().put("token", seeds.adminToken()))
        .expect(201);
    PatronClient host = anonymous.withSession(StaffAccounts.sessionCookie(console), console.json().getString("csrfToken"));
    host.get("/api/v1/auth/admin-session").expect(200);
    host.get("/api/v1/admin/tenants?limit=5").expect(200);
    clientsByScheme.put("adminSession", host);
    clientsByScheme.put("adminToken", admin);
    clientsByScheme.put("tenantKey", api);
    clientsByScheme.put("", anonymous);
  }

  private void host() {
    String tenant = seeds.tenant().id();
    TestTenant other = patron.newTenant(new JsonObject().put("name", "Other restaurant").put("currency", "EUR")
        .put("language", "de-AT").put("timeZone", "Europe/Vienna").put("slug", "other-" + UUID.randomUUID().toString()
            .substring(0, 8)));
    customer(other.client(), "Other", "Guest");
    admin.patch("/api/v1/admin/tenants/" + other.id(), new JsonObject().put("name", "Renamed restaurant")).expect(200);
    admin.patch("/api/v1/admin/tenants/" + other.id(), new JsonObject().put("disabled", true)).expect(200);
    admin.put("/api/v1/admin/tenants/" + tenant + "/plugins/discounts", new JsonObject().put("enabled", false)).expect(200);
    admin.put("/api/v1/admin/tenants/" + tenant + "/plugins/discounts", new JsonObject().put("enabled", true)
        .put("config", new JsonObject())).expect(200);
    admin.get("/api/v1/admin/tenants/" + tenant + "/plugins").expect(200);
    String deadLetters = "/api/v1/admin/plugins/" + failingPlugin + "/dead-letters";
    JsonObject dead = Await.until(SETTLE, () -> admin.get(deadLetters).expect(200).items(), items -> !items.isEmpty())
        .get(0);
    admin.get(deadLetters + "?tenantId=" + dead.getString("tenantId")).expect(200);
    admin.post(deadLetters + "/" + dead.getString("eventId") + "/retry", null).expect(200);
    Await.until(SETTLE, () -> admin.get(deadLetters).expect(200).items(), List::isEmpty);
    admin.post(deadLetters + "/retry", null).expect(200);
    admin.get("/metrics").expect(200);
    patron.server().anonymous().get("/health/ready").expect(200);
  }

  private String upload(String path, String contentType, String file) {
    Response queued = api.send("POST", path, file, Map.of("Content-Type", contentType)).expect(202);
    String id = queued.json().getString("id");
    finished(path.replaceFirst("\\?.*$", "") + "/" + id);
    api.get(path.replaceFirst("\\?.*$", "")).expect(200);
    api.get(path.replaceFirst("\\?.*$", "") + "/" + id + "/rejections").expect(200);
    return id;
  }

  private JsonObject finished(String job) {
    return Await.until(SETTLE, () -> api.get(job).expect(200).json(),
        state -> List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(state.getString("state")));
  }

  private String customer(String first, String last) {
    return customer(api, first, last);
  }

  private static String customer(PatronClient client, String first, String last) {
    return client.post("/api/v1/customers", new JsonObject().put("firstName", first).put("lastName", last))
        .expect(201).json().getString("id");
  }

  private JsonObject receipt(String receiptId, String customerId, int teas) {
    JsonObject tea = new JsonObject().put("productId", "TEA").put("name", "Tea").put("quantity", teas)
        .put("unitPrice", eur(300)).put("taxRate", 0);
    JsonObject receipt = new JsonObject().put("receiptId", receiptId + "-" + UUID.randomUUID().toString().substring(0, 8));
    if (customerId != null) {
      receipt.put("customerId", customerId);
    }
    return receipt
        .put("closedAt", Instant.now().minus(2, ChronoUnit.HOURS).toString())
        .put("location", "Terrace")
        .put("orderProfileId", ids.get("profileId"))
        .put("lines", new JsonArray().add(tea))
        .put("total", eur(300L * teas))
        .put("payments", new JsonArray().add(new JsonObject().put("method", "CASH").put("amount", eur(300L * teas))));
  }

  private static JsonObject eur(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }
}
