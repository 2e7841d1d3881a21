package dev.patron.testkit;

import io.vertx.core.json.JsonObject;

/**
 * Signed-in staff users for tests, made the way people are: invited (the first owner by the host
 * admin, everyone else by an owner), their password set through the link, then signed in.
 */
public final class StaffAccounts {

  /** A password the policy accepts. */
  public static final String PASSWORD = "violet tractor sings at dawn";

  private StaffAccounts() {
  }

  /** A person signed in: their account's id, their session's cookie and CSRF token, and a client using both. */
  public record SignedIn(String tenantId, String staffId, String email, String cookie, String csrfToken,
      PatronClient client) {
  }

  /** A new owner of the tenant, invited by the host admin, signed in. */
  public static SignedIn owner(PatronClient admin, String tenantId, String email) {
    JsonObject invited = admin.post("/api/v1/admin/tenants/" + tenantId + "/owners",
        new JsonObject().put("email", email).put("name", "Owner " + email)).expect(201).json();
    return activate(admin.withToken(null), tenantId, email, invited);
  }

  /** A new account with {@code role}, invited by {@code owner}, signed in. */
  public static SignedIn member(SignedIn owner, String email, String role) {
    JsonObject invited = owner.client().post("/api/v1/staff",
        new JsonObject().put("email", email).put("name", "Staff " + email).put("role", role)).expect(201).json();
    return activate(owner.client().withToken(null), owner.tenantId(), email, invited);
  }

  /** The token of an issued link ({@code link.url} ends {@code #token=<token>}). */
  public static String linkToken(JsonObject issued) {
    String url = issued.getJsonObject("link").getString("url");
    return url.substring(url.indexOf("#token=") + "#token=".length());
  }

  /** Signs in; fails unless it answers 201. */
  public static SignedIn signIn(PatronClient anonymous, String tenantId, String email, String password) {
    Response response = anonymous.post("/api/v1/auth/sessions",
        new JsonObject().put("tenant", tenantId).put("email", email).put("password", password)).expect(201);
    return signedIn(anonymous, tenantId, email, response);
  }

  /** The person a sign-in (or a password change) answered with. */
  public static SignedIn signedIn(PatronClient anonymous, String tenantId, String email, Response response) {
    JsonObject session = response.json();
    String cookie = sessionCookie(response);
    return new SignedIn(tenantId, session.getJsonObject("staff").getString("id"), email, cookie,
        session.getString("csrfToken"), anonymous.withSession(cookie, session.getString("csrfToken")));
  }

  /** {@code name=value} of the response's session cookie. */
  public static String sessionCookie(Response response) {
    return response.headers().allValues("set-cookie").stream()
        .map(header -> header.split(";", 2)[0])
        .filter(pair -> pair.startsWith("patron_session=") || pair.startsWith("patron_admin_session="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
  }

  private static SignedIn activate(PatronClient anonymous, String tenantId, String email, JsonObject invited) {
    anonymous.post("/api/v1/auth/password-links",
        new JsonObject().put("token", linkToken(invited)).put("password", PASSWORD)).expect(200);
    return signIn(anonymous, tenantId, email, PASSWORD);
  }
}
