package dev.patron.core.tenant;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** An API key's public facts; the secret itself is never kept. */
public record ApiKey(UUID id, UUID tenantId, String name, String prefix, Instant createdAt, Instant revokedAt) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id.toString())
        .put("tenantId", tenantId.toString())
        .put("name", name)
        .put("prefix", prefix)
        .put("createdAt", createdAt.toString())
        .put("revokedAt", revokedAt == null ? null : revokedAt.toString());
  }
}
