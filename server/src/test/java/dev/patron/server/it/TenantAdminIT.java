package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The host's admin API: restaurants and their API keys. */
class TenantAdminIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  private static final String TENANTS = "/api/v1/admin/tenants";

  private static JsonObject trattoria() {
    return new JsonObject().put("name", "Trattoria Roma").put("currency", "EUR").put("language", "it-IT")
        .put("timeZone", "Europe/Rome");
  }

  @Test
  void createsGetsListsRenamesATenant() {
    PatronClient admin = patron.admin();
    Response created = admin.post(TENANTS, trattoria()).expect(201);
    JsonObject tenant = created.json();
    String path = TENANTS + "/" + tenant.getString("id");
    assertEquals(path, created.header("Location"));
    assertEquals("Trattoria Roma", tenant.getString("name"));
    assertEquals("EUR", tenant.getString("currency"));
    assertEquals("it-IT", tenant.getString("language"));
    assertEquals("Europe/Rome", tenant.getString("timeZone"));
    assertFalse(tenant.getBoolean("disabled"));

    assertEquals(tenant, admin.get(path).expect(200).json());

    JsonObject renamed = admin.patch(path, new JsonObject().put("name", "Trattoria Roma Due"), Map.of("If-Match", "\"1\""))
        .expect(200).json();
    assertEquals("Trattoria Roma Due", renamed.getString("name"));
    assertEquals(2, renamed.getLong("version"));
    admin.patch(path, new JsonObject().put("name", "Stale"), Map.of("If-Match", "\"1\"")).expect(412);

    boolean listed = false;
    String cursor = null;
    do {
      Response page = admin.get(TENANTS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).expect(200);
      listed |= page.items().stream().anyMatch(t -> t.getString("id").equals(tenant.getString("id")));
      cursor = page.json().getString("nextCursor");
    } while (cursor != null);
    assertTrue(listed);
  }

  @Test
  void validatesTenants() {
    Response invalid = patron.admin().post(TENANTS, new JsonObject().put("name", "").put("currency", "EURO")
        .put("language", "??").put("timeZone", "Mars/Olympus").put("plan", "gold")).expect(400);
    assertEquals(List.of(
        "name: must not be blank",
        "currency: must be at most 3 characters",
        "language: must be a BCP 47 language tag such as de-AT",
        "timeZone: must be an IANA time zone such as Europe/Vienna",
        "plan: unknown field"), invalid.fieldErrors());
    assertEquals(List.of("currency: must be an ISO 4217 currency code such as EUR"),
        patron.admin().post(TENANTS, trattoria().put("currency", "XYZ")).expect(400).fieldErrors());
  }

  @Test
  void theCurrencyCannotChange() {
    String id = patron.admin().post(TENANTS, trattoria()).expect(201).json().getString("id");
    Response refused = patron.admin().patch(TENANTS + "/" + id, new JsonObject().put("currency", "USD")).expect(400);
    assertEquals(List.of("currency: cannot change: amounts already recorded are in the current currency"),
        refused.fieldErrors());
  }

  @Test
  void issuesKeysShownOnceAndStoredOnlyAsAHash() {
    PatronClient admin = patron.admin();
    String id = admin.post(TENANTS, trattoria()).expect(201).json().getString("id");
    JsonObject issued = admin.post(TENANTS + "/" + id + "/api-keys", new JsonObject().put("name", "POS terminal 1"))
        .expect(201).json();
    String key = issued.getString("key");
    assertTrue(key.startsWith("ptn_"));
    assertTrue(key.length() >= 4 + 43, "at least 256 random bits, base64url");
    assertEquals(key.substring(0, 12), issued.getString("prefix"));

    List<JsonObject> keys = admin.get(TENANTS + "/" + id + "/api-keys").expect(200).items();
    assertEquals(1, keys.size());
    assertEquals("POS terminal 1", keys.get(0).getString("name"));
    assertNull(keys.get(0).getValue("key"), "the secret is never shown again");
    assertFalse(keys.toString().contains(key));

    new PatronClient(patron.server().baseUri(), key).get(Customers.PATH).expect(200);
  }

  @Test
  void aRevokedKeyStopsWorkingAtOnce() {
    TestTenant tenant = patron.newTenant();
    tenant.client().get(Customers.PATH).expect(200);
    String keyId = patron.admin().get(TENANTS + "/" + tenant.id() + "/api-keys").items().get(0).getString("id");

    patron.admin().delete(TENANTS + "/" + tenant.id() + "/api-keys/" + keyId).expect(204);

    Response refused = tenant.client().get(Customers.PATH).expect(401);
    assertEquals("Bearer", refused.header("WWW-Authenticate"));
    assertNotEquals(null, patron.admin().get(TENANTS + "/" + tenant.id() + "/api-keys").items().get(0).getString("revokedAt"));
    patron.admin().delete(TENANTS + "/" + tenant.id() + "/api-keys/00000000-0000-0000-0000-000000000001").expect(404);
  }

  @Test
  void aDisabledTenantsKeysStopWorkingUntilEnabledAgain() {
    TestTenant tenant = patron.newTenant();
    tenant.client().get(Customers.PATH).expect(200);
    patron.admin().patch(TENANTS + "/" + tenant.id(), new JsonObject().put("disabled", true)).expect(200);
    tenant.client().get(Customers.PATH).expect(401);
    patron.admin().patch(TENANTS + "/" + tenant.id(), new JsonObject().put("disabled", false)).expect(200);
    tenant.client().get(Customers.PATH).expect(200);
  }

  @Test
  void tokensReachOnlyTheirOwnApi() {
    TestTenant tenant = patron.newTenant();
    assertEquals(403, tenant.client().get(TENANTS).status(), "a tenant key cannot use the admin API");
    assertEquals(403, patron.admin().get(Customers.PATH).status(), "the admin token cannot act as a tenant");
    assertEquals(401, patron.server().anonymous().get(TENANTS).status());
    assertEquals(401, patron.server().anonymous().get(Customers.PATH).status());
    assertEquals(401, tenant.client().withToken("ptn_madeup").get(Customers.PATH).status());
    assertEquals(401, patron.admin().withToken("wrong-admin-token-xxxxxxxx").get(TENANTS).status());
  }

  @Test
  void unknownTenantsAnswer404() {
    patron.admin().get(TENANTS + "/00000000-0000-0000-0000-000000000001").expect(404);
    patron.admin().post(TENANTS + "/00000000-0000-0000-0000-000000000001/api-keys", null).expect(404);
  }

  @Test
  void createIsIdempotent() {
    PatronClient admin = patron.admin();
    String first = admin.post(TENANTS, trattoria(), Map.of("Idempotency-Key", "t-1")).expect(201).json().getString("id");
    Response again = admin.post(TENANTS, trattoria(), Map.of("Idempotency-Key", "t-1")).expect(201);
    assertEquals(first, again.json().getString("id"));
    assertEquals("true", again.header("Idempotent-Replayed"));
  }
}
