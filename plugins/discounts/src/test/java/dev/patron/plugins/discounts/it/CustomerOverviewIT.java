package dev.patron.plugins.discounts.it;

import static dev.patron.plugins.discounts.it.DiscountsApi.fromNow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code discounts} section of the customer overview (the default, and whether a quote applies
 * it now), and the archive preview matching what the archive then does to the customer's default.
 */
class CustomerOverviewIT {

  @RegisterExtension
  static PatronExtension patron = TestServer.extension();

  private static JsonObject section(DiscountsApi api, String customerId) {
    JsonObject overview = api.http().get("/api/v1/customers/" + customerId + "/overview").expect(200).json();
    assertEquals(new JsonArray(), overview.getJsonArray("errors"));
    return overview.getJsonObject("sections").getJsonObject("discounts");
  }

  @Test
  void showsTheDefaultDiscountAndWhetherAQuoteAppliesItNow() {
    DiscountsApi api = new DiscountsApi(patron.newTenant());
    String regulars = api.discount("REGULARS", 10);
    String customer = api.customer("Regular", regulars);

    JsonObject section = section(api, customer);
    assertEquals(api.getDiscount(regulars), section.getJsonObject("defaultDiscount"));
    assertTrue(section.getBoolean("appliesNow"));
    assertEquals("customerDefault", api.quote(customer, 10_000, null).expect(200).json().getString("source"));

    api.patchDiscount(regulars, new JsonObject().put("validFrom", fromNow(Duration.ofDays(7)))).expect(200);
    JsonObject later = section(api, customer);
    assertEquals(api.getDiscount(regulars), later.getJsonObject("defaultDiscount"), "shown while it does not apply");
    assertFalse(later.getBoolean("appliesNow"));
    assertNull(api.quote(customer, 10_000, null).expect(200).json().getValue("source"), "nor does the quote apply it");

    String walkIn = api.customer("WalkIn", null);
    assertEquals(new JsonObject().putNull("defaultDiscount").put("appliesNow", false), section(api, walkIn));
  }

  @Test
  void theArchivePreviewNamesTheDefaultTheArchiveThenForgets() {
    DiscountsApi api = new DiscountsApi(patron.newTenant());
    String regulars = api.discount("REGULARS", 10);
    String customer = api.customer("Regular", regulars);

    JsonObject preview = api.http().get("/api/v1/customers/" + customer + "/archive-preview").expect(200).json();
    assertTrue(preview.getBoolean("allowed"));
    assertEquals(1, preview.getJsonArray("plugins").size(), preview::encode);
    assertEquals(new JsonArray().add(new JsonObject().put("code", "default-discount").put("count", 1)
        .put("description", "Forgets that the customer's default discount is REGULARS; the discount itself stays.")),
        preview.getJsonArray("plugins").getJsonObject(0).getJsonArray("deletes"));
    assertEquals(List.of(customer), api.customersUsing(regulars), "the preview changed nothing");

    api.http().delete("/api/v1/customers/" + customer).expect(204);
    assertEquals(List.of(), api.customersUsing(regulars), "forgotten as previewed");
    api.getDiscount(regulars);
  }
}
