package dev.patron.plugins.webhooks.delivery;

import dev.patron.kit.sql.Rows;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/** One attempt as the delivery log shows it. */
final class AttemptRecord {

  private AttemptRecord() {
  }

  static JsonObject toJson(Row row) {
    return new JsonObject()
        .put("attempt", row.getInteger("attempt"))
        .put("attemptedAt", Rows.instant(row, "attempted_at").toString())
        .put("status", row.getInteger("status"))
        .put("latencyMs", row.getInteger("latency_ms"))
        .put("outcome", row.getString("outcome"))
        .put("error", row.getString("error"))
        .put("responseExcerpt", row.getString("response_excerpt"));
  }
}
