package dev.patron.plugins.orderprofiles.it;

import static dev.patron.plugins.orderprofiles.it.ProfilesApi.BASE;
import static dev.patron.plugins.orderprofiles.it.ProfilesApi.profileBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A customer's default profile: validation, the register's resolve, archive, disable and enable. */
class CustomerDefaultIT {

  private static final String FIELD = "extensions.order-profiles.defaultProfileId";

  @RegisterExtension
  static PatronExtension patron = TestServer.extension();

  private ProfilesApi newRestaurant() {
    return new ProfilesApi(patron.newTenant());
  }

  @Test
  void acceptsOnlyAnActiveProfileOfTheSameRestaurant() {
    ProfilesApi api = newRestaurant();
    String delivery = api.profile("DELIVERY", "DELIVERY");
    String inactive = api.createProfile(profileBody("OLD", "TAKEAWAY").put("active", false)).getString("id");
    String foreign = newRestaurant().profile("DELIVERY", "DELIVERY");

    Response unknown = api.postCustomer("Unknown", UUID.randomUUID().toString()).expect(400);
    assertEquals(List.of(FIELD + ": is not a profile of this restaurant"), unknown.fieldErrors());
    assertEquals("order-profiles", unknown.json().getString("plugin"), "the plugin that refused is named");
    assertEquals(List.of(FIELD + ": is not a profile of this restaurant"),
        api.postCustomer("Foreign", foreign).expect(400).fieldErrors());
    assertEquals(List.of(FIELD + ": is the inactive profile OLD; choose an active one"),
        api.postCustomer("Inactive", inactive).expect(400).fieldErrors());
    assertEquals(List.of(FIELD + ": must be an id (UUID)"), api.postCustomer("Malformed", "42").expect(400).fieldErrors());
    Response unknownField = api.http().post("/api/v1/customers", new JsonObject().put("firstName", "A").put("lastName", "B")
        .put("extensions", new JsonObject().put("order-profiles", new JsonObject().put("defaultProfileId", delivery)
            .put("favourite", true)))).expect(400);
    assertEquals(List.of("extensions.order-profiles.favourite: unknown field"), unknownField.fieldErrors());

    String customer = api.customer("Valid", delivery.toUpperCase());
    assertEquals(delivery, api.defaultOf(customer), "stored in canonical form");
    assertEquals(List.of(customer), api.customersUsing(delivery));

    assertEquals(List.of(FIELD + ": is the inactive profile OLD; choose an active one"),
        api.setDefault(customer, inactive).expect(400).fieldErrors());
    assertEquals(delivery, api.defaultOf(customer), "a refused update changes nothing");
  }

  @Test
  void changingOrClearingTheDefaultMovesTheCustomer() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    String takeaway = api.profile("TAKEAWAY", "TAKEAWAY");
    String customer = api.customer("Mover", hall);

    api.setDefault(customer, takeaway).expect(200);
    assertEquals(List.of(), api.customersUsing(hall));
    assertEquals(List.of(customer), api.customersUsing(takeaway));

    api.setDefault(customer, null).expect(200);
    assertNull(api.getCustomer(customer).getJsonObject("extensions").getValue("order-profiles"));
    assertEquals(List.of(), api.customersUsing(takeaway));

    api.http().patch("/api/v1/customers/" + customer, new JsonObject().put("extensions",
        new JsonObject().put("order-profiles", new JsonObject()))).expect(200);
    assertNull(api.getCustomer(customer).getJsonObject("extensions").getValue("order-profiles"),
        "an empty namespace is no default");
  }

  @Test
  void aDeactivatedDefaultDoesNotStopOtherChangesOfTheCustomer() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    String customer = api.customer("Loyal", hall);
    api.patchProfile(hall, new JsonObject().put("active", false)).expect(200);
    api.http().patch("/api/v1/customers/" + customer, new JsonObject().put("notes", "window seat")).expect(200);
    assertEquals(hall, api.defaultOf(customer));
  }

  @Test
  void resolvesTheCustomersDefaultElseTheRestaurantsDefault() {
    ProfilesApi api = newRestaurant();
    String delivery = api.profile("DELIVERY", "DELIVERY");
    String regular = api.customer("Regular", delivery);
    String walkIn = api.customer("WalkIn", null);

    Response none = api.resolve(walkIn).expect(404);
    assertEquals("https://patron.dev/problems/no-profile-applies", none.json().getString("type"));
    assertTrue(none.json().getString("detail").contains("no default profile"), none.body());

    JsonObject own = api.resolve(regular).expect(200).json();
    assertEquals("customerDefault", own.getString("source"));
    assertEquals(delivery, own.getJsonObject("profile").getString("id"));

    String hall = api.createProfile(profileBody("HALL", "DINE_IN").put("tenantDefault", true)).getString("id");
    JsonObject fallback = api.resolve(walkIn).expect(200).json();
    assertEquals("tenantDefault", fallback.getString("source"));
    assertEquals(hall, fallback.getJsonObject("profile").getString("id"));
    assertEquals("customerDefault", api.resolve(regular).expect(200).json().getString("source"));

    api.patchProfile(delivery, new JsonObject().put("active", false)).expect(200);
    JsonObject inactiveOwn = api.resolve(regular).expect(200).json();
    assertEquals("tenantDefault", inactiveOwn.getString("source"), "an inactive default is passed over");
    assertEquals(hall, inactiveOwn.getJsonObject("profile").getString("id"));

    api.resolve(UUID.randomUUID().toString()).expect(404);
    newRestaurant().resolve(regular).expect(404);
    assertEquals(List.of("customerId: is required"), api.http().get(BASE + "/resolve").expect(400).fieldErrors());
    assertEquals(List.of("customerId: must be an id (UUID)"), api.resolve("x").expect(400).fieldErrors());
  }

  @Test
  void archivingACustomerRemovesWhatThePluginKeeps() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    String customer = api.customer("Leaving", hall);
    api.http().delete("/api/v1/customers/" + customer).expect(204);
    assertEquals(List.of(), api.customersUsing(hall));
    api.deleteProfile(hall, "").expect(204);
  }

  @Test
  void archiveCleansUpEvenWhileThePluginIsDisabled() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    String customer = api.customer("Leaving", hall);
    setEnabled(api, false);
    api.http().delete("/api/v1/customers/" + customer).expect(204);
    setEnabled(api, true);
    assertEquals(List.of(), api.customersUsing(hall));
  }

  @Test
  void disablingHidesRoutesAndFieldsAndEnablingBringsThemBack() {
    ProfilesApi api = newRestaurant();
    String hall = api.profile("HALL", "DINE_IN");
    String customer = api.customer("Regular", hall);

    setEnabled(api, false);
    api.http().get(ProfilesApi.PROFILES).expect(404);
    api.http().get(ProfilesApi.PROFILES + "/" + hall).expect(404);
    api.resolve(customer).expect(404);
    assertNull(api.getCustomer(customer).getJsonObject("extensions").getValue("order-profiles"), "hidden");
    api.setDefault(customer, hall).expect(400);
    api.http().patch("/api/v1/customers/" + customer, new JsonObject().put("notes", "changed while disabled")).expect(200);

    setEnabled(api, true);
    assertEquals(hall, api.defaultOf(customer), "the data is back");
    assertEquals("customerDefault", api.resolve(customer).expect(200).json().getString("source"));
    assertEquals(List.of(customer), api.customersUsing(hall));
  }

  private static void setEnabled(ProfilesApi api, boolean enabled) {
    patron.admin().put("/api/v1/admin/tenants/" + api.tenant().id() + "/plugins/order-profiles",
        new JsonObject().put("enabled", enabled)).expect(200);
  }
}
