package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Concurrently;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** People's accounts: the admin invites the first owner, owners invite the rest; links set passwords. */
class StaffAccountsIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().setting("PATRON_PUBLIC_URL", "https://patron.example.com")
      .build();

  private static final String PASSWORD = StaffAccounts.PASSWORD;

  private PatronClient anonymous() {
    return patron.server().anonymous();
  }

  @Test
  void theAdminInvitesTheFirstOwnerWhoSetsAPasswordAndSignsIn() {
    TestTenant tenant = patron.newTenant();
    Response invited = patron.admin().post("/api/v1/admin/tenants/" + tenant.id() + "/owners",
        new JsonObject().put("email", "Anna@Example.at").put("name", "Anna Berger").put("language", "de")).expect(201);
    JsonObject staff = invited.json().getJsonObject("staff");
    assertEquals("OWNER", staff.getString("role"));
    assertEquals("INVITED", staff.getString("state"));
    JsonObject link = invited.json().getJsonObject("link");
    assertEquals("INVITATION", link.getString("purpose"));
    assertTrue(link.getString("url").startsWith("https://patron.example.com/set-password#token=ptl_"), link.encode());

    // Invited: no password yet, so no sign-in.
    anonymous().post("/api/v1/auth/sessions", signIn(tenant.id(), "anna@example.at", PASSWORD)).expect(401);
    String token = StaffAccounts.linkToken(invited.json());
    List<String> refused = anonymous().post("/api/v1/auth/password-links",
        new JsonObject().put("token", token).put("password", "short")).expect(400).fieldErrors();
    assertEquals(List.of("password: must be at least 12 characters long; a few words make a good one"), refused);
    anonymous().post("/api/v1/auth/password-links",
        new JsonObject().put("token", token).put("password", "password1234")).expect(400);
    JsonObject active = anonymous().post("/api/v1/auth/password-links",
        new JsonObject().put("token", token).put("password", PASSWORD)).expect(200).json();
    assertEquals("ACTIVE", active.getString("state"));
    assertFalse(active.containsKey("password") || active.containsKey("passwordHash"));
    anonymous().post("/api/v1/auth/password-links",
        new JsonObject().put("token", token).put("password", PASSWORD)).expect(410);

    Response session = anonymous().post("/api/v1/auth/sessions", signIn(tenant.id(), "ANNA@example.at", PASSWORD))
        .expect(201);
    String cookie = session.headers().firstValue("set-cookie").orElseThrow();
    assertTrue(cookie.startsWith("patron_session=pss_"), cookie);
    assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertTrue(cookie.contains("Path=/"), cookie);
    assertTrue(cookie.contains("Secure"), "behind an https public URL: " + cookie);
    assertEquals("Anna Berger", session.json().getJsonObject("staff").getString("name"));
    assertEquals(tenant.id(), session.json().getJsonObject("tenant").getString("id"));
  }

  @Test
  void ownersInviteOthersWithRolesAndTheListShowsThem() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@example.at");
    SignedIn waiter = StaffAccounts.member(owner, "waiter@example.at", "STAFF");
    SignedIn manager = StaffAccounts.member(owner, "manager@example.at", "MANAGER");

    List<JsonObject> listed = owner.client().get("/api/v1/staff").expect(200).items();
    assertEquals(List.of("manager@example.at", "owner@example.at", "waiter@example.at"),
        listed.stream().map(s -> s.getString("email")).toList());
    assertEquals(List.of("MANAGER", "OWNER", "STAFF"), listed.stream().map(s -> s.getString("role")).toList());
    assertEquals(2, owner.client().get("/api/v1/staff?limit=2").expect(200).items().size());

    owner.client().post("/api/v1/staff", new JsonObject().put("email", "WAITER@example.at").put("name", "Again"))
        .expect(409);
    owner.client().post("/api/v1/staff", new JsonObject().put("email", "not-an-email").put("name", "X")).expect(400);
    owner.client().post("/api/v1/staff", new JsonObject().put("email", "x@example.at").put("name", "X")
        .put("role", "KING")).expect(400);
    owner.client().post("/api/v1/staff", new JsonObject().put("email", "y@example.at").put("name", "Y")
        .put("password", "chosen by the owner")).expect(400);

    // Only owners manage staff: not managers, not staff, not API keys.
    manager.client().get("/api/v1/staff").expect(403);
    waiter.client().post("/api/v1/staff", new JsonObject().put("email", "z@example.at").put("name", "Z")).expect(403);
    tenant.client().get("/api/v1/staff").expect(403);

    // The admin sees them too; another tenant's admin path answers 404 for this account.
    assertEquals(3, patron.admin().get("/api/v1/admin/tenants/" + tenant.id() + "/staff").expect(200).items().size());
    TestTenant other = patron.newTenant();
    patron.admin().post("/api/v1/admin/tenants/" + other.id() + "/staff/" + waiter.staffId() + "/password-reset", null)
        .expect(404);
  }

  @Test
  void theLastActiveOwnerCanBeNeitherDemotedNorDisabled() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "only@example.at");
    String self = "/api/v1/staff/" + owner.staffId();
    Response refused = owner.client().patch(self, new JsonObject().put("role", "MANAGER")).expect(409);
    assertEquals("https://patron.dev/problems/last-owner", refused.json().getString("type"));
    owner.client().patch(self, new JsonObject().put("state", "DISABLED")).expect(409);

    SignedIn second = StaffAccounts.member(owner, "second@example.at", "OWNER");
    JsonObject demoted = owner.client().patch(self, new JsonObject().put("role", "MANAGER"), Map.of("If-Match", "\"2\""))
        .expect(200).json();
    assertEquals("MANAGER", demoted.getString("role"));
    // The role counts at once, in the session already open.
    owner.client().get("/api/v1/staff").expect(403);
    second.client().patch("/api/v1/staff/" + owner.staffId(), new JsonObject().put("name", "Stale"),
        Map.of("If-Match", "\"2\"")).expect(412);
  }

  @Test
  void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner() throws Exception {
    TestTenant tenant = patron.newTenant();
    SignedIn first = StaffAccounts.owner(patron.admin(), tenant.id(), "first@example.at");
    SignedIn second = StaffAccounts.member(first, "second@example.at", "OWNER");
    for (int round = 0; round < 3; round++) {
      List<Integer> statuses = Concurrently.run(List.of(
          () -> first.client().patch("/api/v1/staff/" + second.staffId(), new JsonObject().put("role", "MANAGER"))
              .status(),
          () -> second.client().patch("/api/v1/staff/" + first.staffId(), new JsonObject().put("role", "MANAGER"))
              .status()));
      List<JsonObject> owners = patron.admin().get("/api/v1/admin/tenants/" + tenant.id() + "/staff").expect(200)
          .items().stream().filter(s -> s.getString("role").equals("OWNER")).toList();
      assertEquals(1, owners.size(), "round " + round + ": " + statuses);
      assertTrue(statuses.contains(200) && (statuses.contains(409) || statuses.contains(403)), statuses.toString());
      // The remaining owner makes the other an owner again, for the next round.
      SignedIn remaining = owners.get(0).getString("id").equals(first.staffId()) ? first : second;
      String demoted = remaining == first ? second.staffId() : first.staffId();
      remaining.client().patch("/api/v1/staff/" + demoted, new JsonObject().put("role", "OWNER")).expect(200);
    }
  }

  @Test
  void aPasswordResetLinkReplacesThePasswordAndEndsTheSessions() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "boss@example.at");
    SignedIn waiter = StaffAccounts.member(owner, "forgetful@example.at", "STAFF");
    Response reset = owner.client().post("/api/v1/staff/" + waiter.staffId() + "/password-reset", null).expect(201);
    assertEquals("PASSWORD_RESET", reset.json().getJsonObject("link").getString("purpose"));
    waiter.client().get("/api/v1/auth/session").expect(200);

    anonymous().post("/api/v1/auth/password-links", new JsonObject().put("token", StaffAccounts.linkToken(reset.json()))
        .put("password", "amber kettle hums quietly")).expect(200);
    waiter.client().get("/api/v1/auth/session").expect(401);
    anonymous().post("/api/v1/auth/sessions", signIn(tenant.id(), "forgetful@example.at", PASSWORD)).expect(401);
    StaffAccounts.signIn(anonymous(), tenant.id(), "forgetful@example.at", "amber kettle hums quietly");

    // An owner locked out gets a link from the host admin.
    Response adminReset = patron.admin().post("/api/v1/admin/tenants/" + tenant.id() + "/staff/" + owner.staffId()
        + "/password-reset", null).expect(201);
    anonymous().post("/api/v1/auth/password-links", new JsonObject().put("token", StaffAccounts.linkToken(adminReset.json()))
        .put("password", "granite lantern over the bay")).expect(200);
    StaffAccounts.signIn(anonymous(), tenant.id(), "boss@example.at", "granite lantern over the bay");
  }

  @Test
  void changingOnesPasswordEndsEverySessionAndGivesThisBrowserANewOne() {
    TestTenant tenant = patron.newTenant();
    SignedIn laptop = StaffAccounts.owner(patron.admin(), tenant.id(), "changer@example.at");
    SignedIn phone = StaffAccounts.signIn(anonymous(), tenant.id(), "changer@example.at", PASSWORD);

    laptop.client().put("/api/v1/auth/password", new JsonObject().put("currentPassword", "wrong one entirely")
        .put("newPassword", "copper meadow after rain")).expect(400);
    laptop.client().put("/api/v1/auth/password", new JsonObject().put("currentPassword", PASSWORD)
        .put("newPassword", "qwertyuiopasdf")).expect(400);
    Response changed = laptop.client().put("/api/v1/auth/password", new JsonObject().put("currentPassword", PASSWORD)
        .put("newPassword", "copper meadow after rain")).expect(200);
    SignedIn renewed = StaffAccounts.signedIn(anonymous(), tenant.id(), "changer@example.at", changed);

    phone.client().get("/api/v1/auth/session").expect(401);
    laptop.client().get("/api/v1/auth/session").expect(401);
    renewed.client().get("/api/v1/auth/session").expect(200);
    assertFalse(renewed.cookie().equals(laptop.cookie()));
  }

  @Test
  void disablingSomeoneEndsTheirSessionsAtOnceAndTheyCannotSignIn() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "chef@example.at");
    SignedIn waiter = StaffAccounts.member(owner, "leaving@example.at", "STAFF");
    waiter.client().get("/api/v1/customers").expect(200);

    owner.client().patch("/api/v1/staff/" + waiter.staffId(), new JsonObject().put("state", "DISABLED")).expect(200);
    waiter.client().get("/api/v1/customers").expect(401);
    anonymous().post("/api/v1/auth/sessions", signIn(tenant.id(), "leaving@example.at", PASSWORD)).expect(401);
    owner.client().post("/api/v1/staff/" + waiter.staffId() + "/password-reset", null).expect(409);

    owner.client().patch("/api/v1/staff/" + waiter.staffId(), new JsonObject().put("state", "ACTIVE")).expect(200);
    StaffAccounts.signIn(anonymous(), tenant.id(), "leaving@example.at", PASSWORD).client()
        .get("/api/v1/customers").expect(200);
  }

  @Test
  void staffSignInWithTheRestaurantsSlugInsteadOfItsId() {
    String slug = "roma-" + UUID.randomUUID().toString().substring(0, 8);
    TestTenant tenant = patron.newTenant(new JsonObject().put("name", "Trattoria Roma").put("currency", "EUR")
        .put("language", "it-IT").put("timeZone", "Europe/Rome").put("slug", slug));
    assertEquals(slug, patron.admin().get("/api/v1/admin/tenants/" + tenant.id()).expect(200).json().getString("slug"));
    StaffAccounts.owner(patron.admin(), tenant.id(), "slug@example.at");
    Response session = anonymous().post("/api/v1/auth/sessions", signIn(slug, "slug@example.at", PASSWORD)).expect(201);
    assertEquals(tenant.id(), session.json().getJsonObject("tenant").getString("id"));

    anonymous().post("/api/v1/auth/sessions", signIn("no-such-restaurant", "slug@example.at", PASSWORD)).expect(401);
    anonymous().post("/api/v1/auth/sessions", signIn("Not A Slug!", "slug@example.at", PASSWORD)).expect(400);
    TestTenant other = patron.newTenant();
    patron.admin().patch("/api/v1/admin/tenants/" + other.id(), new JsonObject().put("slug", slug)).expect(409);
    patron.admin().patch("/api/v1/admin/tenants/" + other.id(), new JsonObject().put("slug", "-bad-")).expect(400);
    patron.admin().patch("/api/v1/admin/tenants/" + other.id(), new JsonObject().put("slug", slug + "-due")).expect(200);
  }

  static JsonObject signIn(String tenantId, String email, String password) {
    return new JsonObject().put("tenant", tenantId).put("email", email).put("password", password);
  }
}
