package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No password, session id, CSRF token, one-time link, API key or admin token reaches a log line. */
class SecretsStayOutOfLogsIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().isolated().build();

  @Test
  void aDayOfSigningInLeavesNoSecretInTheLog() throws IOException, InterruptedException {
    List<String> secrets = new ArrayList<>();
    PatronClient anonymous = patron.server().anonymous();
    TestTenant tenant = patron.newTenant();
    secrets.add(tenant.apiKey());
    secrets.add(patron.server().adminToken());

    Response invited = patron.admin().post("/api/v1/admin/tenants/" + tenant.id() + "/owners",
        new JsonObject().put("email", "owner@example.at").put("name", "Olga Owner")).expect(201);
    String link = StaffAccounts.linkToken(invited.json());
    secrets.add(link);
    String weak = "trattoria1234";
    secrets.add(weak);
    anonymous.post("/api/v1/auth/password-links", new JsonObject().put("token", link).put("password", weak)).expect(400);
    anonymous.post("/api/v1/auth/password-links", new JsonObject().put("token", link)
        .put("password", StaffAccounts.PASSWORD)).expect(200);
    secrets.add(StaffAccounts.PASSWORD);

    String wrong = "a wrong guess at the password";
    secrets.add(wrong);
    anonymous.post("/api/v1/auth/sessions", StaffAccountsIT.signIn(tenant.id(), "owner@example.at", wrong)).expect(401);
    anonymous.send("POST", "/api/v1/auth/sessions", "{\"tenant\": \"" + tenant.id() + "\", \"password\": \"" + wrong
        + "\", \"email\": ", Map.of()).expect(400);
    anonymous.post("/api/v1/auth/sessions?password=" + wrong.replace(' ', '+'),
        StaffAccountsIT.signIn(tenant.id(), "owner@example.at", wrong)).expect(400);
    SignedIn owner = StaffAccounts.signIn(anonymous, tenant.id(), "owner@example.at", StaffAccounts.PASSWORD);
    secrets.add(owner.cookie().substring(owner.cookie().indexOf('=') + 1));
    secrets.add(owner.csrfToken());
    owner.client().post("/api/v1/customers", Customers.named("Ida", "Lee")).expect(201);
    anonymous.withSession(owner.cookie(), "forged-" + owner.csrfToken()).post("/api/v1/customers",
        Customers.named("No", "Token")).expect(403);

    String renewed = "copper meadow after rain";
    secrets.add(renewed);
    Response changed = owner.client().put("/api/v1/auth/password", new JsonObject()
        .put("currentPassword", StaffAccounts.PASSWORD).put("newPassword", renewed)).expect(200);
    SignedIn again = StaffAccounts.signedIn(anonymous, tenant.id(), "owner@example.at", changed);
    secrets.add(again.cookie().substring(again.cookie().indexOf('=') + 1));
    Response reset = again.client().post("/api/v1/staff/" + again.staffId() + "/password-reset", null).expect(201);
    secrets.add(StaffAccounts.linkToken(reset.json()));
    again.client().delete("/api/v1/auth/sessions").expect(204);
    again.client().get("/api/v1/customers").expect(401);

    Response console = anonymous.post("/api/v1/auth/admin-sessions",
        new JsonObject().put("token", patron.server().adminToken())).expect(201);
    secrets.add(StaffAccounts.sessionCookie(console).substring("patron_admin_session=".length()));
    anonymous.post("/api/v1/auth/admin-sessions", new JsonObject().put("token", "a-guess-at-the-admin-token")).expect(401);
    secrets.add("a-guess-at-the-admin-token");

    patron.server().stop();
    String log = Files.readString(patron.server().logFile(), StandardCharsets.UTF_8);
    assertTrue(log.contains("route=\"/api/v1/auth/sessions\""), "the sign-ins were logged, without their secrets");
    for (String secret : secrets) {
      assertFalse(log.contains(secret), "the log holds a secret: " + secret);
    }
    assertFalse(log.contains("$argon2id$"), "the log holds a password hash");
  }
}
