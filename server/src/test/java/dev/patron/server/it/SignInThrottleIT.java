package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.RawHttp;
import dev.patron.testkit.Response;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failed sign-ins are held back with growing waits (429 and Retry-After), per account at an address,
 * per address and per account, so guessing is slow, yet someone hammering an owner's account from
 * elsewhere cannot lock the owner out. Other loopback addresses (127.0.0.x) play other clients.
 */
class SignInThrottleIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  private static final String WRONG = "definitely not the password";

  @Test
  void failuresAtOneAddressAreHeldBackLongerEachTimeAndASuccessClearsThem() throws InterruptedException {
    TestTenant tenant = patron.newTenant();
    StaffAccounts.owner(patron.admin(), tenant.id(), "guessed@example.at");
    for (int i = 1; i <= 6; i++) {
      assertEquals(401, attempt(1, tenant, "guessed@example.at", WRONG).status(), "attempt " + i);
    }
    // The sixth failure set a wait of a second: even the right password waits.
    RawHttp.Reply held = attempt(1, tenant, "guessed@example.at", StaffAccounts.PASSWORD);
    assertEquals(429, held.status());
    assertEquals("1", held.headers().get("retry-after"));
    assertTrue(held.body().contains("too-many-attempts"), held.body());

    Thread.sleep(1_100);
    assertEquals(401, attempt(1, tenant, "guessed@example.at", WRONG).status());
    RawHttp.Reply longer = attempt(1, tenant, "guessed@example.at", StaffAccounts.PASSWORD);
    assertEquals(429, longer.status());
    assertEquals("2", longer.headers().get("retry-after"), "the wait doubles");

    Thread.sleep(2_100);
    assertEquals(201, attempt(1, tenant, "guessed@example.at", StaffAccounts.PASSWORD).status());
    assertEquals(401, attempt(1, tenant, "guessed@example.at", WRONG).status(), "a success starts the count again");
  }

  @Test
  void anAttackerElsewhereDoesNotLockTheOwnerOut() throws InterruptedException {
    TestTenant tenant = patron.newTenant();
    StaffAccounts.owner(patron.admin(), tenant.id(), "owner@example.at");
    for (int i = 0; i < 7; i++) {
      attempt(20, tenant, "owner@example.at", WRONG);
    }
    assertEquals(429, attempt(20, tenant, "owner@example.at", WRONG).status(), "the attacker's address waits");
    assertEquals(201, attempt(1, tenant, "owner@example.at", StaffAccounts.PASSWORD).status(),
        "the owner, at their own address, signs in");

    // Many addresses together slow the account down, by a minute at most: never for good.
    for (int address = 21; address <= 25; address++) {
      for (int i = 0; i < 5; i++) {
        attempt(address, tenant, "owner@example.at", WRONG);
      }
    }
    attempt(26, tenant, "owner@example.at", WRONG);
    RawHttp.Reply slowed = attempt(1, tenant, "owner@example.at", StaffAccounts.PASSWORD);
    assertEquals(429, slowed.status(), "the account as a whole is held back");
    long wait = Long.parseLong(slowed.headers().get("retry-after"));
    assertTrue(wait <= 60, "wait " + wait);
    Thread.sleep(wait * 1000 + 100);
    assertEquals(201, attempt(1, tenant, "owner@example.at", StaffAccounts.PASSWORD).status());
  }

  @Test
  void unknownAccountsAnswerExactlyLikeWrongPasswords() {
    TestTenant tenant = patron.newTenant();
    StaffAccounts.owner(patron.admin(), tenant.id(), "known@example.at");
    Response unknown = patron.server().anonymous().post("/api/v1/auth/sessions", StaffAccountsIT.signIn(tenant.id(),
        "nobody@example.at", WRONG)).expect(401);
    Response wrong = patron.server().anonymous().post("/api/v1/auth/sessions", StaffAccountsIT.signIn(tenant.id(),
        "known@example.at", WRONG)).expect(401);
    assertEquals(unknown.json(), wrong.json());
  }

  @Test
  void theConsoleSignInIsThrottledToo() {
    for (int i = 0; i < 6; i++) {
      assertEquals(401, RawHttp.postJsonFrom(loopback(40), patron.server().baseUri(), "/api/v1/auth/admin-sessions",
          new JsonObject().put("token", "guess-" + i + "-0123456789abcdef").encode()).status());
    }
    RawHttp.Reply held = RawHttp.postJsonFrom(loopback(40), patron.server().baseUri(), "/api/v1/auth/admin-sessions",
        new JsonObject().put("token", patron.server().adminToken()).encode());
    assertEquals(429, held.status());
    assertEquals(201, RawHttp.postJsonFrom(loopback(41), patron.server().baseUri(), "/api/v1/auth/admin-sessions",
        new JsonObject().put("token", patron.server().adminToken()).encode()).status());
  }

  private static RawHttp.Reply attempt(int address, TestTenant tenant, String email, String password) {
    URI base = patron.server().baseUri();
    return RawHttp.postJsonFrom(loopback(address), base, "/api/v1/auth/sessions",
        StaffAccountsIT.signIn(tenant.id(), email, password).encode());
  }

  private static InetAddress loopback(int last) {
    try {
      return InetAddress.getByName("127.0.0." + last);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
