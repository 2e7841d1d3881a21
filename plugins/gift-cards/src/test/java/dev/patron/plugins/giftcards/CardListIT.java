package dev.patron.plugins.giftcards;

import static dev.patron.plugins.giftcards.GiftCardApi.activity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listing cards: oldest first, keyset pages, filters that hold across pages. */
class CardListIT {

  @RegisterExtension
  static PatronExtension patron = GiftCardApi.server();

  @Test
  void pagesThroughCardsOldestFirstWithAndWithoutAFilter() {
    GiftCardApi api = new GiftCardApi(patron.newTenant());
    List<String> all = new ArrayList<>();
    List<String> active = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      if (i % 2 == 0) {
        String id = api.activeCard(100 + i).getString("id");
        all.add(id);
        active.add(id);
      } else {
        all.add(api.create(new JsonObject().put("type", "DIGITAL")).expect(201).json().getString("id"));
      }
    }
    api.post(active.get(0), new JsonObject().put("type", "DEACTIVATE")).expect(201);
    api.post(active.get(1), activity("REDEEM", 50)).expect(201);

    assertEquals(all, walk(api, "", 3));
    assertEquals(active.subList(1, 4), walk(api, "state=ACTIVE&", 2));
    JsonObject last = api.client().get(GiftCardApi.CARDS + "?limit=7").expect(200).json();
    assertNull(last.getString("nextCursor"), "no next page after the last item");
    assertEquals(7, last.getJsonArray("items").size());
    api.client().get(GiftCardApi.CARDS + "?limit=0").expect(400);
    api.client().get(GiftCardApi.CARDS + "?cursor=garbage").expect(400);
  }

  private static List<String> walk(GiftCardApi api, String filter, int limit) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page = api.client().get(GiftCardApi.CARDS + "?" + filter + "limit=" + limit
          + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
      assertTrue(page.getJsonArray("items").size() <= limit);
      page.getJsonArray("items").forEach(card -> ids.add(((JsonObject) card).getString("id")));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return ids;
  }
}
