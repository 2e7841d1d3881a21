package dev.patron.plugins.giftcards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The plugin's HTTP API as the integration tests drive it: one restaurant's client. */
final class GiftCardApi {

  static final String BASE = "/api/v1/plugins/gift-cards";
  static final String CARDS = BASE + "/cards";

  /** The configuration every test restaurant starts with. */
  static final JsonObject CONFIG = new JsonObject().put("maxBalance", 50_000);

  private final PatronClient client;

  GiftCardApi(TestTenant tenant) {
    this.client = tenant.client();
  }

  /** The shared server of the plugin's integration tests, with this build's plugin jar. */
  static PatronExtension server() {
    return PatronExtension.builder()
        .pluginsFromProperty("patron.plugin.jar")
        .enable("gift-cards", CONFIG)
        .build();
  }

  PatronClient client() {
    return client;
  }

  static JsonObject money(long amount) {
    return new JsonObject().put("amount", amount).put("currency", "EUR");
  }

  static JsonObject activity(String type, long amount) {
    return new JsonObject().put("type", type).put("amount", money(amount));
  }

  Response create(JsonObject body) {
    return client.post(CARDS, body);
  }

  /** A new ACTIVE digital card holding {@code amount}; the create answer, with the full code. */
  JsonObject activeCard(long amount) {
    return create(new JsonObject().put("type", "DIGITAL").put("initialAmount", money(amount))).expect(201).json();
  }

  Response card(String id) {
    return client.get(CARDS + "/" + id);
  }

  long balance(String id) {
    return card(id).expect(200).json().getJsonObject("balance").getLong("amount");
  }

  Response post(String cardId, JsonObject activity) {
    return client.post(CARDS + "/" + cardId + "/activities", activity);
  }

  Response post(String cardId, JsonObject activity, String idempotencyKey) {
    return client.post(CARDS + "/" + cardId + "/activities", activity, Map.of("Idempotency-Key", idempotencyKey));
  }

  Response lookup(String code) {
    return client.post(CARDS + "/lookup", new JsonObject().put("code", code));
  }

  /** Every activity of a card, page by page. */
  List<JsonObject> activities(String cardId, int pageSize) {
    List<JsonObject> all = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = client.get(CARDS + "/" + cardId + "/activities?limit=" + pageSize
          + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
      page.getJsonArray("items").forEach(item -> all.add((JsonObject) item));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return all;
  }

  /** The ledger holds: each balanceAfter follows from the one before, and the sum is the balance. */
  void assertLedgerMatchesBalance(String cardId) {
    long running = 0;
    for (JsonObject activity : activities(cardId, 3)) {
      running += activity.getJsonObject("amount").getLong("amount");
      assertEquals(running, activity.getJsonObject("balanceAfter").getLong("amount"), activity.encode());
    }
    assertEquals(balance(cardId), running, "the sum of the ledger is the balance");
  }
}
