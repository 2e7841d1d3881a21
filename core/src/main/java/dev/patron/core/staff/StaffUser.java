package dev.patron.core.staff;

import dev.patron.api.tenant.StaffRole;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** A restaurant's staff user, as stored (the password hash stays in the repository). */
public record StaffUser(
    UUID tenantId,
    UUID id,
    String email,
    String name,
    String language,
    StaffRole role,
    StaffState state,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** The account as the API shows it: never a password or its hash. */
  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id.toString())
        .put("email", email)
        .put("name", name)
        .put("language", language)
        .put("role", role.name())
        .put("state", state.name())
        .put("version", version)
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString());
  }
}
