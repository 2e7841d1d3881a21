package dev.patron.core.tenant;

import dev.patron.api.tenant.Tenant;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** A tenant as the host's admin sees it. */
public record TenantRecord(Tenant tenant, String slug, boolean disabled, long version, Instant createdAt,
    Instant updatedAt) {

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", tenant.id().toString())
        .put("name", tenant.name())
        .put("slug", slug)
        .put("currency", tenant.currency())
        .put("language", tenant.language())
        .put("timeZone", tenant.timeZone())
        .put("disabled", disabled)
        .put("version", version)
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString());
  }
}
