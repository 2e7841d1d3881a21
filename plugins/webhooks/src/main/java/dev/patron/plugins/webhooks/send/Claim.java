package dev.patron.plugins.webhooks.send;

import io.vertx.sqlclient.Row;
import java.util.UUID;

/**
 * A delivery this instance has leased for one attempt: where to send it, what, and with which
 * (sealed) secrets. {@code attempt} is this attempt's number, {@code sinceReplay} its number
 * within the current retry budget.
 */
record Claim(UUID tenantId, UUID deliveryId, UUID endpointId, int attempt, int sinceReplay, String url, String body,
    String sealedSecret, String sealedPreviousSecret) {

  static Claim from(Row row) {
    int attempt = row.getInteger("attempts");
    return new Claim(row.getUUID("tenant_id"), row.getUUID("id"), row.getUUID("endpoint_id"), attempt,
        attempt - row.getInteger("replayed_after"), row.getString("url"), row.getString("body"),
        row.getString("secret_sealed"), row.getString("previous_secret_sealed"));
  }
}
