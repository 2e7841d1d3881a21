package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sessions: they end when idle and at their absolute lifetime, a sign-in always opens a new one,
 * signing out ends one or all, and every change made with a cookie needs the CSRF token. Short
 * lifetimes here (3 s idle, 8 s at most) so the test can watch them end.
 */
class SessionsIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .setting("PATRON_SESSION_IDLE_SECONDS", "3")
      .setting("PATRON_SESSION_MAX_SECONDS", "8")
      .build();

  private PatronClient anonymous() {
    return patron.server().anonymous();
  }

  private SignedIn owner(TestTenant tenant, String email) {
    return StaffAccounts.owner(patron.admin(), tenant.id(), email);
  }

  @Test
  void aSessionEndsAfterItsIdleTimeout() throws InterruptedException {
    SignedIn owner = owner(patron.newTenant(), "idle@example.at");
    owner.client().get("/api/v1/customers").expect(200);
    Thread.sleep(3_500);
    Response ended = owner.client().get("/api/v1/customers").expect(401);
    assertEquals("https://patron.dev/problems/session-ended", ended.json().getString("type"));
  }

  @Test
  void aBusySessionStillEndsAtItsAbsoluteLifetime() throws InterruptedException {
    SignedIn owner = owner(patron.newTenant(), "busy@example.at");
    long signedIn = System.nanoTime();
    while (System.nanoTime() - signedIn < 7_000_000_000L) {
      owner.client().get("/api/v1/auth/session").expect(200);
      Thread.sleep(700);
    }
    Thread.sleep(Math.max(0, 8_300 - (System.nanoTime() - signedIn) / 1_000_000));
    owner.client().get("/api/v1/auth/session").expect(401);
  }

  @Test
  void signingInAgainOpensANewSessionAndEndsTheOneTheBrowserHad() {
    TestTenant tenant = patron.newTenant();
    SignedIn first = owner(tenant, "rotate@example.at");
    Response again = anonymous().post("/api/v1/auth/sessions", StaffAccountsIT.signIn(tenant.id(), "rotate@example.at",
        StaffAccounts.PASSWORD), Map.of("Cookie", first.cookie())).expect(201);
    SignedIn second = StaffAccounts.signedIn(anonymous(), tenant.id(), "rotate@example.at", again);
    assertNotEquals(first.cookie(), second.cookie());
    assertNotEquals(first.csrfToken(), second.csrfToken());
    first.client().get("/api/v1/auth/session").expect(401);
    second.client().get("/api/v1/auth/session").expect(200);

    // A made-up session id is no session.
    anonymous().withSession("patron_session=pss_madeUpByTheClientxxxxxxxxxxxxxxxxxxxxxxxx", "x")
        .get("/api/v1/customers").expect(401);
  }

  @Test
  void signingOutEndsThisSessionAndSigningOutEverywhereEndsAll() {
    TestTenant tenant = patron.newTenant();
    SignedIn laptop = owner(tenant, "everywhere@example.at");
    SignedIn phone = StaffAccounts.signIn(anonymous(), tenant.id(), "everywhere@example.at", StaffAccounts.PASSWORD);
    SignedIn tablet = StaffAccounts.signIn(anonymous(), tenant.id(), "everywhere@example.at", StaffAccounts.PASSWORD);

    Response out = tablet.client().delete("/api/v1/auth/session").expect(204);
    assertTrue(out.headers().firstValue("set-cookie").orElseThrow().contains("Max-Age=0"));
    tablet.client().get("/api/v1/auth/session").expect(401);
    phone.client().get("/api/v1/auth/session").expect(200);

    laptop.client().delete("/api/v1/auth/sessions").expect(204);
    phone.client().get("/api/v1/auth/session").expect(401);
    laptop.client().get("/api/v1/auth/session").expect(401);
  }

  @Test
  void changesMadeWithTheCookieNeedTheCsrfTokenReadsAndApiKeysDoNot() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = owner(tenant, "csrf@example.at");
    JsonObject customer = new JsonObject().put("firstName", "Sophie").put("lastName", "Müller");
    PatronClient withoutToken = anonymous().withSession(owner.cookie(), null);
    PatronClient wrongToken = anonymous().withSession(owner.cookie(), "not-the-token");

    withoutToken.get("/api/v1/customers").expect(200);
    Response refused = withoutToken.post("/api/v1/customers", customer).expect(403);
    assertEquals("https://patron.dev/problems/csrf-token-missing", refused.json().getString("type"));
    wrongToken.post("/api/v1/customers", customer).expect(403);
    withoutToken.delete("/api/v1/auth/session").expect(403);
    withoutToken.delete("/api/v1/auth/sessions").expect(403);
    owner.client().post("/api/v1/customers", customer).expect(201);
    tenant.client().post("/api/v1/customers", customer).expect(201);

    // The token of one session does not serve another.
    SignedIn other = StaffAccounts.signIn(anonymous(), tenant.id(), "csrf@example.at", StaffAccounts.PASSWORD);
    anonymous().withSession(owner.cookie(), other.csrfToken()).post("/api/v1/customers", customer).expect(403);
  }

  @Test
  void theConsoleSignsInWithTheAdminTokenAndKeepsOnlyASession() {
    Response signedIn = anonymous().post("/api/v1/auth/admin-sessions",
        new JsonObject().put("token", patron.server().adminToken())).expect(201);
    String cookie = StaffAccounts.sessionCookie(signedIn);
    assertTrue(cookie.startsWith("patron_admin_session=psa_"), cookie);
    PatronClient console = anonymous().withSession(cookie, signedIn.json().getString("csrfToken"));

    console.get("/api/v1/admin/tenants").expect(200);
    console.post("/api/v1/admin/tenants", new JsonObject().put("name", "Console-made").put("currency", "EUR")
        .put("language", "de-AT").put("timeZone", "Europe/Vienna")).expect(201);
    anonymous().withSession(cookie, null).post("/api/v1/admin/tenants", new JsonObject()).expect(403);
    console.get("/api/v1/auth/admin-session").expect(200);
    // A console session is no restaurant's: the tenant API refuses it.
    console.get("/api/v1/customers").expect(401);

    anonymous().post("/api/v1/auth/admin-sessions", new JsonObject().put("token", "wrong-token-0123456789")).expect(401);
    console.delete("/api/v1/auth/admin-session").expect(204);
    console.get("/api/v1/admin/tenants").expect(401);
  }
}
