package dev.patron.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The till's one call and the back office's archive confirmation with every bundled plugin: each
 * contributes its section, each previews its part of the archive, and the archive then does it.
 */
class CustomerOverviewIT {

  private static final String PLUGINS = "/api/v1/plugins/";
  /** The plugins with a section on the customer's page (webhooks has none). */
  private static final List<String> BUNDLED = List.of("discounts", "gift-cards", "invoicing", "order-profiles", "sales");
  /** The plugins that take part in archiving. */
  private static final List<String> ARCHIVING = List.of("discounts", "gift-cards", "invoicing", "order-profiles", "sales",
      "webhooks");

  @RegisterExtension
  static PatronExtension patron = Bundled.everyPluginEnabled().build();

  private static JsonObject eur(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }

  /**
   * A regular with a default profile and discount, a gift card, a billing account with one charge,
   * and a receipt paid with the card and on account.
   */
  private record Regular(String id, String profile, String discount, String card, String charge, String receipt) {

    static Regular seat(PatronClient api) {
      String profile = api.post(PLUGINS + "order-profiles/profiles", new JsonObject().put("name", "Delivery")
          .put("code", "DELIVERY").put("mode", "DELIVERY")).expect(201).json().getString("id");
      String discount = api.post(PLUGINS + "discounts/discounts", new JsonObject().put("name", "Regulars")
          .put("code", "REGULARS").put("percentage", 10)).expect(201).json().getString("id");
      String id = api.post("/api/v1/customers", new JsonObject().put("firstName", "Sophie").put("lastName", "Maier")
          .put("extensions", new JsonObject()
              .put("order-profiles", new JsonObject().put("defaultProfileId", profile))
              .put("discounts", new JsonObject().put("defaultDiscountId", discount))))
          .expect(201).json().getString("id");
      String card = api.post(PLUGINS + "gift-cards/cards", new JsonObject().put("type", "DIGITAL")
          .put("initialAmount", eur(5000)).put("customerId", id)).expect(201).json().getString("id");
      api.put(PLUGINS + "invoicing/customers/" + id + "/account", new JsonObject().put("billingEnabled", true)
          .put("creditLimit", eur(20_000))).expect(200);
      String charge = api.post(PLUGINS + "invoicing/customers/" + id + "/charges", new JsonObject()
          .put("amount", eur(1250)).put("description", "Dinner").put("orderReference", "ORDER-1"))
          .expect(201).json().getString("id");
      String receipt = api.post(PLUGINS + "sales/transactions", new JsonObject()
          .put("receiptId", "T1-" + UUID.randomUUID())
          .put("customerId", id)
          .put("closedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())
          .put("orderProfileId", profile)
          .put("lines", new JsonArray().add(new JsonObject().put("productId", "MENU").put("name", "Menu")
              .put("quantity", 2).put("unitPrice", eur(1500)).put("taxRate", 10)))
          .put("discounts", new JsonArray().add(new JsonObject().put("discountId", discount).put("amount", eur(300))))
          .put("taxes", new JsonArray().add(new JsonObject().put("rate", 10).put("amount", eur(245))))
          .put("total", eur(2700))
          .put("payments", new JsonArray()
              .add(new JsonObject().put("method", "GIFT_CARD").put("amount", eur(1450)).put("reference", card))
              .add(new JsonObject().put("method", "ON_ACCOUNT").put("amount", eur(1250)).put("reference", charge))))
          .expect(201).json().getString("id");
      return new Regular(id, profile, discount, card, charge, receipt);
    }
  }

  @Test
  void everyBundledPluginContributesItsSectionInOneCall() {
    TestTenant tenant = patron.newTenant();
    PatronClient api = tenant.client();
    Regular regular = Regular.seat(api);

    JsonObject overview = api.get("/api/v1/customers/" + regular.id() + "/overview").expect(200).json();
    assertEquals(api.get("/api/v1/customers/" + regular.id()).expect(200).json(), overview.getJsonObject("customer"));
    assertEquals(new JsonArray(), overview.getJsonArray("errors"));
    JsonObject sections = overview.getJsonObject("sections");
    assertEquals(BUNDLED, sections.fieldNames().stream().sorted().toList());

    JsonObject resolution = sections.getJsonObject("order-profiles").getJsonObject("resolution");
    assertEquals(regular.profile(), resolution.getJsonObject("profile").getString("id"));
    assertEquals("customerDefault", resolution.getString("source"));
    assertEquals(regular.discount(), sections.getJsonObject("discounts").getJsonObject("defaultDiscount").getString("id"));
    assertTrue(sections.getJsonObject("discounts").getBoolean("appliesNow"));
    JsonObject cards = sections.getJsonObject("gift-cards");
    assertEquals(1, cards.getLong("cardCount"));
    assertEquals(regular.card(), cards.getJsonArray("cards").getJsonObject(0).getString("id"));
    assertEquals(eur(5000), cards.getJsonObject("spendableBalance"));
    JsonObject billing = sections.getJsonObject("invoicing");
    assertEquals(eur(1250), billing.getJsonObject("balance").getJsonObject("balance"));
    assertEquals(eur(18_750), billing.getJsonObject("creditAvailable"));
    JsonObject sales = sections.getJsonObject("sales");
    assertEquals(1, sales.getLong("visits"));
    assertEquals(eur(2700), sales.getJsonObject("netSpend"));
    assertEquals(regular.profile(), sales.getString("favouriteOrderProfileId"));
  }

  @Test
  void theMergedDocumentDescribesEveryBundledPluginsSection() {
    JsonObject document = new JsonObject(patron.server().anonymous().get("/api/v1/openapi.json").expect(200).body());
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    JsonObject linked = schemas.getJsonObject("CustomerOverview").getJsonObject("properties")
        .getJsonObject("sections").getJsonObject("properties");
    Map<String, String> refs = new TreeMap<>();
    linked.forEach(entry -> refs.put(entry.getKey(), ((JsonObject) entry.getValue()).getString("$ref")));
    Map<String, String> expected = new TreeMap<>();
    BUNDLED.forEach(id -> expected.put(id, "#/components/schemas/" + id + ".CustomerOverviewSection"));
    assertEquals(expected, refs);
    BUNDLED.forEach(id -> assertTrue(schemas.containsKey(id + ".CustomerOverviewSection"), id));
  }

  @Test
  void theArchivePreviewShowsEveryPluginsPartAndTheArchiveThenDoesIt() {
    TestTenant tenant = patron.newTenant();
    PatronClient api = tenant.client();
    Regular regular = Regular.seat(api);
    String preview = "/api/v1/customers/" + regular.id() + "/archive-preview";

    JsonObject owing = api.get(preview).expect(200).json();
    assertFalse(owing.getBoolean("allowed"));
    assertEquals(ARCHIVING, owing.getJsonArray("plugins").stream().map(e -> ((JsonObject) e).getString("plugin")).toList(),
        "every plugin, in the archive's order");
    JsonObject veto = entries(owing).get("invoicing").getJsonObject("veto");
    assertEquals("https://patron.dev/problems/open-balance", veto.getString("type"));
    assertEquals(List.of("default-discount"), codes(entries(owing).get("discounts")), "asked despite the veto");
    assertEquals(veto, api.delete("/api/v1/customers/" + regular.id()).expect(409).json());

    api.post(PLUGINS + "invoicing/charges/" + regular.charge() + "/cancel", new JsonObject().put("reason", "Wrong table"))
        .expect(200);
    JsonObject settled = api.get(preview).expect(200).json();
    assertTrue(settled.getBoolean("allowed"), settled::encode);
    Map<String, JsonObject> entries = entries(settled);
    assertEquals(List.of("default-discount"), codes(entries.get("discounts")));
    assertEquals(List.of("gift-card-link"), codes(entries.get("gift-cards")));
    assertEquals(List.of("billing-account"), codes(entries.get("invoicing")));
    assertEquals(new JsonArray(), entries.get("invoicing").getJsonArray("anonymises"), "no invoices to anonymise");
    assertEquals(List.of("default-profile"), codes(entries.get("order-profiles")));
    assertEquals(List.of("sales-statistics"), codes(entries.get("sales")));
    assertEquals("receipt", entries.get("sales").getJsonArray("anonymises").getJsonObject(0).getString("code"));
    assertEquals(List.of(), codes(entries.get("webhooks")), "no endpoint, so no stored payload to erase");
    entries.values().forEach(entry -> assertNull(entry.getValue("error"), entry::encode));

    api.delete("/api/v1/customers/" + regular.id(), Map.of("If-Match", "\"" + settled.getLong("version") + "\""))
        .expect(204);
    assertEquals(new JsonArray(), api.get(PLUGINS + "gift-cards/cards/" + regular.card()).expect(200).json()
        .getJsonArray("customerIds"));
    assertEquals(List.of(), api.get(PLUGINS + "order-profiles/profiles/" + regular.profile() + "/customers")
        .expect(200).items());
    assertEquals(List.of(), api.get(PLUGINS + "discounts/discounts/" + regular.discount() + "/customers")
        .expect(200).items());
    api.get(PLUGINS + "invoicing/customers/" + regular.id() + "/account").expect(404);
    JsonObject receipt = api.get(PLUGINS + "sales/transactions/" + regular.receipt()).expect(200).json();
    assertNull(receipt.getValue("customerId"));
    assertEquals(eur(2700), receipt.getJsonObject("total"));
  }

  private static Map<String, JsonObject> entries(JsonObject preview) {
    Map<String, JsonObject> entries = new TreeMap<>();
    preview.getJsonArray("plugins").forEach(e -> entries.put(((JsonObject) e).getString("plugin"), (JsonObject) e));
    return entries;
  }

  private static List<String> codes(JsonObject entry) {
    return entry.getJsonArray("deletes").stream().map(e -> ((JsonObject) e).getString("code")).toList();
  }
}
