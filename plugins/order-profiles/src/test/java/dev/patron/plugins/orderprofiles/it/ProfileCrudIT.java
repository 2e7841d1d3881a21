package dev.patron.plugins.orderprofiles.it;

import static dev.patron.plugins.orderprofiles.it.ProfilesApi.PROFILES;
import static dev.patron.plugins.orderprofiles.it.ProfilesApi.profileBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Profiles through HTTP: create, read, list, patch, delete, and the API conventions. */
class ProfileCrudIT {

  @RegisterExtension
  static PatronExtension patron = TestServer.extension();

  private ProfilesApi newRestaurant() {
    return new ProfilesApi(patron.newTenant());
  }

  /** The hardening issue stored a name of "\u0085\u2028\u2029" as "": invisible text is blank. */
  @Test
  void aNameOfInvisibleCharactersIsBlank() {
    ProfilesApi api = newRestaurant();
    for (String invisible : List.of("\u0085\u2028\u2029", "\u00a0", "\u200b\ufeff")) {
      assertEquals(List.of("name: must not be blank"),
          api.http().post(PROFILES, profileBody("hall", "DINE_IN").put("name", invisible)).expect(400).fieldErrors());
    }
    assertEquals(0, api.http().get(PROFILES).expect(200).items().size());
  }

  @Test
  void createsReadsAndPatchesAProfile() {
    ProfilesApi api = newRestaurant();
    Response created = api.http().post(PROFILES, profileBody("hall", "DINE_IN").put("serviceChargePercent", 10.5))
        .expect(201);
    JsonObject profile = created.json();
    String id = profile.getString("id");
    assertEquals(PROFILES + "/" + id, created.header("Location"));
    assertEquals("\"1\"", created.header("ETag"));
    assertEquals("HALL", profile.getString("code"), "codes are stored in upper case");
    assertEquals(new BigDecimal("10.5"), new BigDecimal(profile.getValue("serviceChargePercent").toString()));
    assertFalse(profile.getBoolean("customerRequired"));
    assertTrue(profile.getBoolean("active"));
    assertFalse(profile.getBoolean("tenantDefault"));
    assertEquals(1, profile.getLong("version"));

    assertEquals(profile, api.getProfile(id));
    api.http().get(PROFILES + "/" + id, Map.of("If-None-Match", "\"1\"")).expect(304);

    Response patched = api.http().patch(PROFILES + "/" + id,
        new JsonObject().put("name", "Main hall").putNull("serviceChargePercent"), Map.of("If-Match", "\"1\"")).expect(200);
    assertEquals("\"2\"", patched.header("ETag"));
    assertEquals("Main hall", patched.json().getString("name"));
    assertNull(patched.json().getValue("serviceChargePercent"));
    assertEquals("HALL", patched.json().getString("code"), "untouched fields stay");

    api.http().patch(PROFILES + "/" + id, new JsonObject().put("name", "Lost"), Map.of("If-Match", "\"1\"")).expect(412);
    assertEquals(2, api.patchProfile(id, new JsonObject().put("name", "Main hall")).expect(200).json().getLong("version"),
        "a patch that changes nothing keeps the version");
  }

  @Test
  void reportsEveryInvalidField() {
    ProfilesApi api = newRestaurant();
    Response invalid = api.http().post(PROFILES, new JsonObject().put("code", "a b").put("mode", "PICKUP")
        .put("serviceChargePercent", 150).put("id", UUID.randomUUID().toString()).put("colour", "red")).expect(400);
    assertEquals(List.of("id: is read-only", "name: is required",
        "code: must be letters A-Z, digits, '-' or '_', starting with a letter or digit",
        "mode: must be one of DINE_IN, TAKEAWAY, DELIVERY", "serviceChargePercent: must be between 0 and 100",
        "colour: unknown field"), invalid.fieldErrors());
    assertEquals(List.of("serviceChargePercent: must have at most 2 decimal places"),
        api.http().post(PROFILES, profileBody("X", "TAKEAWAY").put("serviceChargePercent", 1.005)).expect(400).fieldErrors());
    api.http().post(PROFILES, profileBody("X", "TAKEAWAY").put("name", "x".repeat(101))).expect(400);
    api.http().send("POST", PROFILES, "[1]", Map.of()).expect(400);
  }

  @Test
  void aDeliveryProfileAlwaysRequiresACustomer() {
    ProfilesApi api = newRestaurant();
    assertEquals(List.of("customerRequired: must be true for DELIVERY: a delivery needs a customer to deliver to"),
        api.http().post(PROFILES, profileBody("D", "DELIVERY").put("customerRequired", false)).expect(400).fieldErrors());
    assertTrue(api.createProfile(profileBody("D", "DELIVERY")).getBoolean("customerRequired"), "true by default");

    String takeaway = api.profile("T", "TAKEAWAY");
    api.patchProfile(takeaway, new JsonObject().put("mode", "DELIVERY")).expect(400);
    JsonObject delivery = api.patchProfile(takeaway, new JsonObject().put("mode", "DELIVERY").put("customerRequired", true))
        .expect(200).json();
    assertEquals("DELIVERY", delivery.getString("mode"));
  }

  @Test
  void codesAreUniquePerRestaurant() {
    ProfilesApi api = newRestaurant();
    api.profile("HALL", "DINE_IN");
    Response clash = api.http().post(PROFILES, profileBody("hall", "TAKEAWAY")).expect(409);
    assertEquals("https://patron.dev/problems/profile-code-taken", clash.json().getString("type"));
    assertTrue(clash.json().getString("detail").contains("'HALL'"), clash.body());
    assertEquals(List.of("code: is already used by another profile"), clash.fieldErrors());

    String other = api.profile("BAR", "DINE_IN");
    api.patchProfile(other, new JsonObject().put("code", "Hall")).expect(409);
    newRestaurant().profile("HALL", "DINE_IN");
  }

  @Test
  void listsProfilesInCodeOrderPageByPage() {
    ProfilesApi api = newRestaurant();
    for (String code : List.of("E", "B", "D", "A", "C")) {
      api.profile(code, "TAKEAWAY");
    }
    List<String> codes = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page = api.http().get(PROFILES + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200).json();
      page.getJsonArray("items").forEach(item -> codes.add(((JsonObject) item).getString("code")));
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertEquals(List.of("A", "B", "C", "D", "E"), codes);
    assertEquals(3, pages);

    assertEquals(List.of("limit: must be from 1 to 500"), api.http().get(PROFILES + "?limit=0").expect(400).fieldErrors());
    assertEquals(List.of("sort: unknown query parameter; allowed: cursor, limit"),
        api.http().get(PROFILES + "?sort=name").expect(400).fieldErrors());
    api.http().get(PROFILES + "?cursor=nonsense").expect(400);
  }

  @Test
  void aRetriedCreateIsAnsweredOnce() {
    ProfilesApi api = newRestaurant();
    Map<String, String> key = Map.of("Idempotency-Key", "create-hall");
    Response first = api.http().post(PROFILES, profileBody("HALL", "DINE_IN"), key).expect(201);
    Response again = api.http().post(PROFILES, profileBody("HALL", "DINE_IN"), key).expect(201);
    assertEquals(first.json().getString("id"), again.json().getString("id"));
    assertEquals("true", again.header("Idempotent-Replayed"));
    api.http().post(PROFILES, profileBody("BAR", "DINE_IN"), key).expect(409);
    assertEquals(1, api.http().get(PROFILES).expect(200).items().size());
  }

  @Test
  void theRestaurantHasAtMostOneDefaultProfile() {
    ProfilesApi api = newRestaurant();
    String first = api.createProfile(profileBody("A", "DINE_IN").put("tenantDefault", true)).getString("id");
    String second = api.createProfile(profileBody("B", "TAKEAWAY").put("tenantDefault", true)).getString("id");
    JsonObject previous = api.getProfile(first);
    assertFalse(previous.getBoolean("tenantDefault"), "the new default replaces the old one");
    assertEquals(2, previous.getLong("version"));
    assertTrue(api.getProfile(second).getBoolean("tenantDefault"));

    api.patchProfile(first, new JsonObject().put("tenantDefault", true)).expect(200);
    assertFalse(api.getProfile(second).getBoolean("tenantDefault"));
    assertEquals(List.of("tenantDefault: must be false for an inactive profile: the restaurant's default must be active"),
        api.patchProfile(first, new JsonObject().put("active", false)).expect(400).fieldErrors());
  }

  /** Profiles made the default at the same time all succeed, one after the other: one default remains. */
  @Test
  void concurrentDefaultsLeaveExactlyOne() throws Exception {
    ProfilesApi api = newRestaurant();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> creates = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        JsonObject body = profileBody("DEFAULT" + i, "DINE_IN").put("tenantDefault", true);
        creates.add(pool.submit(() -> api.http().post(PROFILES, body).status()));
      }
      for (Future<Integer> create : creates) {
        assertEquals(201, create.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, api.http().get(PROFILES).expect(200).items().stream()
        .filter(profile -> profile.getBoolean("tenantDefault")).count());
  }

  @Test
  void deletesAProfileNobodyUses() {
    ProfilesApi api = newRestaurant();
    String id = api.profile("OLD", "TAKEAWAY");
    api.http().delete(PROFILES + "/" + id, Map.of("If-Match", "\"7\"")).expect(412);
    api.http().delete(PROFILES + "/" + id, Map.of("If-Match", "\"1\"")).expect(204);
    api.http().get(PROFILES + "/" + id).expect(404);
    api.deleteProfile(id, "").expect(404);
    api.http().get(PROFILES + "/not-an-id").expect(404);
  }

  @Test
  void anotherRestaurantsProfilesDoNotExist() {
    ProfilesApi owner = newRestaurant();
    ProfilesApi stranger = newRestaurant();
    String id = owner.profile("HALL", "DINE_IN");
    stranger.http().get(PROFILES + "/" + id).expect(404);
    stranger.patchProfile(id, new JsonObject().put("name", "Mine")).expect(404);
    stranger.deleteProfile(id, "").expect(404);
    stranger.http().get(PROFILES + "/" + id + "/customers").expect(404);
    assertTrue(stranger.http().get(PROFILES).expect(200).items().isEmpty());
    assertEquals("Profile HALL", owner.getProfile(id).getString("name"));
  }
}
