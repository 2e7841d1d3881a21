package dev.patron.server.http.people;

import dev.patron.api.tenant.Tenant;
import dev.patron.core.session.SessionSettings;
import dev.patron.core.staff.StaffUser;
import dev.patron.server.http.auth.Csrf;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** A session as its owner sees it: who, where, until when, and the CSRF token changes must send. */
final class SessionJson {

  private SessionJson() {
  }

  static JsonObject staff(StaffUser user, Tenant tenant, String token, Instant expiresAt, SessionSettings settings) {
    return new JsonObject()
        .put("staff", user.toJson())
        .put("tenant", new JsonObject().put("id", tenant.id().toString()).put("name", tenant.name())
            .put("currency", tenant.currency()).put("language", tenant.language()).put("timeZone", tenant.timeZone()))
        .put("csrfToken", Csrf.token(token))
        .put("expiresAt", expiresAt.toString())
        .put("idleTimeoutSeconds", settings.idleTimeout().toSeconds());
  }

  static JsonObject admin(String token, Instant expiresAt, SessionSettings settings) {
    return new JsonObject()
        .put("csrfToken", Csrf.token(token))
        .put("expiresAt", expiresAt.toString())
        .put("idleTimeoutSeconds", settings.idleTimeout().toSeconds());
  }
}
