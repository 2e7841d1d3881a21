package dev.patron.plugins.discounts.it;

import static dev.patron.plugins.discounts.it.DiscountsApi.fromNow;
import static dev.patron.plugins.discounts.it.DiscountsApi.percentBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A customer's default discount: validation, the mirror, archive, disable and enable. */
class CustomerDefaultIT {

  private static final String FIELD = "extensions.discounts.defaultDiscountId";

  @RegisterExtension
  static PatronExtension patron = TestServer.extension();

  private DiscountsApi newRestaurant() {
    return new DiscountsApi(patron.newTenant());
  }

  @Test
  void acceptsOnlyAnActiveDiscountOfTheSameRestaurant() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String paused = api.createDiscount(percentBody("PAUSED", 5).put("active", false)).getString("id");
    String expired = api.createDiscount(percentBody("LAST-YEAR", 5).put("validFrom", fromNow(Duration.ofDays(-30)))
        .put("validUntil", fromNow(Duration.ofDays(-1)))).getString("id");
    String upcoming = api.createDiscount(percentBody("NEXT-WEEK", 5).put("validFrom", fromNow(Duration.ofDays(7))))
        .getString("id");
    String foreign = newRestaurant().discount("STAFF", 20);

    Response unknown = api.postCustomer("Unknown", UUID.randomUUID().toString()).expect(400);
    assertEquals(List.of(FIELD + ": is not a discount of this restaurant"), unknown.fieldErrors());
    assertEquals("discounts", unknown.json().getString("plugin"));
    assertEquals(List.of(FIELD + ": is not a discount of this restaurant"),
        api.postCustomer("Foreign", foreign).expect(400).fieldErrors());
    assertEquals(List.of(FIELD + ": is the inactive discount PAUSED; choose an active one"),
        api.postCustomer("Paused", paused).expect(400).fieldErrors());
    assertEquals(List.of(FIELD + ": is the discount LAST-YEAR, which has expired"),
        api.postCustomer("Expired", expired).expect(400).fieldErrors());
    assertEquals(List.of(FIELD + ": must be an id (UUID)"), api.postCustomer("Malformed", "").expect(400).fieldErrors());
    Response unknownField = api.http().post("/api/v1/customers", new JsonObject().put("firstName", "A").put("lastName", "B")
        .put("extensions", new JsonObject().put("discounts", new JsonObject().put("stack", true)))).expect(400);
    assertEquals(List.of("extensions.discounts.stack: unknown field"), unknownField.fieldErrors());

    String customer = api.customer("Valid", staff);
    assertEquals(staff, api.defaultOf(customer));
    assertEquals(List.of(customer), api.customersUsing(staff));
    api.setDefault(customer, upcoming).expect(200);
    assertEquals(List.of(customer), api.customersUsing(upcoming), "a discount valid later may be a default");
    assertEquals(List.of(), api.customersUsing(staff));

    api.setDefault(customer, null).expect(200);
    assertNull(api.defaultOf(customer));
    assertEquals(List.of(), api.customersUsing(upcoming));
  }

  @Test
  void archivingACustomerRemovesWhatThePluginKeeps() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String customer = api.customer("Leaving", staff);
    api.http().delete("/api/v1/customers/" + customer).expect(204);
    assertEquals(List.of(), api.customersUsing(staff));
    api.deleteDiscount(staff, "").expect(204);
  }

  @Test
  void archiveCleansUpEvenWhileThePluginIsDisabled() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String customer = api.customer("Leaving", staff);
    setEnabled(api, false);
    api.http().delete("/api/v1/customers/" + customer).expect(204);
    setEnabled(api, true);
    assertEquals(List.of(), api.customersUsing(staff));
  }

  @Test
  void disablingHidesRoutesAndFieldsAndEnablingBringsThemBack() {
    DiscountsApi api = newRestaurant();
    String staff = api.discount("STAFF", 20);
    String customer = api.customer("Regular", staff);

    setEnabled(api, false);
    api.http().get(DiscountsApi.DISCOUNTS).expect(404);
    api.quote(customer, 1000, null).expect(404);
    assertNull(api.getCustomer(customer).getJsonObject("extensions").getValue("discounts"), "hidden");
    api.setDefault(customer, staff).expect(400);
    api.http().patch("/api/v1/customers/" + customer, new JsonObject().put("notes", "changed while disabled")).expect(200);

    setEnabled(api, true);
    assertEquals(staff, api.defaultOf(customer), "the data is back");
    assertEquals(200, api.quote(customer, 1000, null).expect(200).json().getJsonObject("discountAmount").getLong("amount"));
    assertEquals(List.of(customer), api.customersUsing(staff));
  }

  private static void setEnabled(DiscountsApi api, boolean enabled) {
    patron.admin().put("/api/v1/admin/tenants/" + api.tenant().id() + "/plugins/discounts",
        new JsonObject().put("enabled", enabled)).expect(200);
  }
}
