package dev.patron.plugins.webhooks.endpoint;

import dev.patron.kit.sql.Rows;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A restaurant's receiver, as stored (its secrets stay sealed here and never reach an answer). */
public record Endpoint(UUID tenantId, UUID id, String url, String description, List<String> eventTypes,
    boolean enabled, String disabledReason, Instant disabledAt, Instant failingSince,
    Instant previousSecretExpiresAt, long version, Instant createdAt, Instant updatedAt) {

  /** The columns {@link #from} reads. */
  public static final String COLUMNS = "tenant_id, id, url, description, event_types, enabled, disabled_reason,"
      + " disabled_at, failing_since, previous_secret_expires_at, version, created_at, updated_at";

  public static Endpoint from(Row row) {
    return new Endpoint(row.getUUID("tenant_id"), row.getUUID("id"), row.getString("url"), row.getString("description"),
        Arrays.asList(row.getArrayOfStrings("event_types")), row.getBoolean("enabled"), row.getString("disabled_reason"),
        Rows.instant(row, "disabled_at"), Rows.instant(row, "failing_since"),
        Rows.instant(row, "previous_secret_expires_at"), row.getLong("version"), Rows.instant(row, "created_at"),
        Rows.instant(row, "updated_at"));
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id.toString())
        .put("url", url)
        .put("description", description)
        .put("eventTypes", new JsonArray(List.copyOf(eventTypes)))
        .put("enabled", enabled)
        .put("disabledReason", disabledReason)
        .put("disabledAt", text(disabledAt))
        .put("failingSince", text(failingSince))
        .put("previousSecretExpiresAt", text(previousSecretExpiresAt))
        .put("version", version)
        .put("createdAt", text(createdAt))
        .put("updatedAt", text(updatedAt));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
