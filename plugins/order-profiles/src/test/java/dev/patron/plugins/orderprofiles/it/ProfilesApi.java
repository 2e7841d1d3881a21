package dev.patron.plugins.orderprofiles.it;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The calls the tests make, as one restaurant. */
record ProfilesApi(TestTenant tenant) {

  static final String BASE = "/api/v1/plugins/order-profiles";
  static final String PROFILES = BASE + "/profiles";

  PatronClient http() {
    return tenant.client();
  }

  static JsonObject profileBody(String code, String mode) {
    return new JsonObject().put("name", "Profile " + code).put("code", code).put("mode", mode);
  }

  JsonObject createProfile(JsonObject body) {
    return http().post(PROFILES, body).expect(201).json();
  }

  String profile(String code, String mode) {
    return createProfile(profileBody(code, mode)).getString("id");
  }

  JsonObject getProfile(String id) {
    return http().get(PROFILES + "/" + id).expect(200).json();
  }

  Response patchProfile(String id, JsonObject patch) {
    return http().patch(PROFILES + "/" + id, patch);
  }

  Response deleteProfile(String id, String query) {
    return http().delete(PROFILES + "/" + id + query);
  }

  static JsonObject namespace(String profileId) {
    return new JsonObject().put("order-profiles", new JsonObject().put("defaultProfileId", profileId));
  }

  Response postCustomer(String lastName, String profileId) {
    JsonObject body = new JsonObject().put("firstName", "Test").put("lastName", lastName);
    if (profileId != null) {
      body.put("extensions", namespace(profileId));
    }
    return http().post("/api/v1/customers", body);
  }

  String customer(String lastName, String profileId) {
    return postCustomer(lastName, profileId).expect(201).json().getString("id");
  }

  JsonObject getCustomer(String id) {
    return http().get("/api/v1/customers/" + id).expect(200).json();
  }

  Response setDefault(String customerId, String profileId) {
    JsonObject namespace = profileId == null ? new JsonObject().putNull("order-profiles") : namespace(profileId);
    return http().patch("/api/v1/customers/" + customerId, new JsonObject().put("extensions", namespace));
  }

  /** The customer's default profile id, or null. */
  String defaultOf(String customerId) {
    JsonObject namespace = getCustomer(customerId).getJsonObject("extensions").getJsonObject("order-profiles");
    return namespace == null ? null : namespace.getString("defaultProfileId");
  }

  List<String> customersUsing(String profileId) {
    return http().get(PROFILES + "/" + profileId + "/customers").expect(200).items().stream()
        .map(item -> item.getString("customerId")).sorted().toList();
  }

  Response resolve(String customerId) {
    return http().get(BASE + "/resolve?customerId=" + customerId);
  }
}
