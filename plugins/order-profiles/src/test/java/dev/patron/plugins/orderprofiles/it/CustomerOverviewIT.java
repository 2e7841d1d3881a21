package dev.patron.plugins.orderprofiles.it;

import static dev.patron.plugins.orderprofiles.it.ProfilesApi.profileBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code order-profiles} section of the customer overview (the profile resolve gives), and the
 * archive preview matching what the archive then does to the customer's default.
 */
class CustomerOverviewIT {

  @RegisterExtension
  static PatronExtension patron = TestServer.extension();

  private static JsonObject resolution(ProfilesApi api, String customerId) {
    JsonObject overview = api.http().get("/api/v1/customers/" + customerId + "/overview").expect(200).json();
    assertEquals(new JsonArray(), overview.getJsonArray("errors"));
    return overview.getJsonObject("sections").getJsonObject(TestServer.PLUGIN).getJsonObject("resolution");
  }

  @Test
  void showsTheProfileTheRegisterApplies() {
    ProfilesApi api = new ProfilesApi(patron.newTenant());
    String delivery = api.profile("DELIVERY", "DELIVERY");
    String regular = api.customer("Regular", delivery);
    String walkIn = api.customer("WalkIn", null);

    assertEquals(api.resolve(regular).expect(200).json(), resolution(api, regular));
    assertEquals("customerDefault", resolution(api, regular).getString("source"));
    JsonObject none = api.http().get("/api/v1/customers/" + walkIn + "/overview").expect(200).json()
        .getJsonObject("sections").getJsonObject(TestServer.PLUGIN);
    assertEquals(new JsonObject().putNull("resolution"), none, "no profile applies: null, not an error");

    api.createProfile(profileBody("HALL", "DINE_IN").put("tenantDefault", true));
    assertEquals(api.resolve(walkIn).expect(200).json(), resolution(api, walkIn));
    assertEquals("tenantDefault", resolution(api, walkIn).getString("source"));
    api.patchProfile(delivery, new JsonObject().put("active", false)).expect(200);
    assertEquals("tenantDefault", resolution(api, regular).getString("source"), "an inactive default is passed over");
  }

  @Test
  void theArchivePreviewNamesTheDefaultTheArchiveThenForgets() {
    ProfilesApi api = new ProfilesApi(patron.newTenant());
    String delivery = api.profile("DELIVERY", "DELIVERY");
    String regular = api.customer("Regular", delivery);
    JsonObject profile = api.getProfile(delivery);

    JsonObject preview = api.http().get("/api/v1/customers/" + regular + "/archive-preview").expect(200).json();
    assertTrue(preview.getBoolean("allowed"));
    assertEquals(1, preview.getJsonArray("plugins").size(), "the veto plugin does nothing on archive: not listed");
    JsonObject entry = preview.getJsonArray("plugins").getJsonObject(0);
    assertEquals(TestServer.PLUGIN, entry.getString("plugin"));
    assertEquals(new JsonArray().add(new JsonObject().put("code", "default-profile").put("count", 1)
        .put("description", "Forgets that the customer's default profile is DELIVERY; the profile itself stays.")),
        entry.getJsonArray("deletes"));
    assertEquals(List.of(regular), api.customersUsing(delivery), "the preview changed nothing");

    api.http().delete("/api/v1/customers/" + regular).expect(204);
    assertEquals(List.of(), api.customersUsing(delivery), "forgotten as previewed");
    assertEquals(profile, api.getProfile(delivery), "the profile itself stays");

    String walkIn = api.customer("WalkIn", null);
    JsonObject nothing = api.http().get("/api/v1/customers/" + walkIn + "/archive-preview").expect(200).json()
        .getJsonArray("plugins").getJsonObject(0);
    assertEquals(new JsonArray(), nothing.getJsonArray("deletes"));
    assertNull(nothing.getValue("veto"));
  }
}
