package dev.patron.kit.jobs;

import dev.patron.api.problem.FieldError;
import dev.patron.kit.sql.Rows;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of a job's row and how they read back. */
final class JobRows {

  static final String COLUMNS = "tenant_id, id, format, options, state, cancel_requested, file_bytes, file_chunks,"
      + " rows_total, rows_read, rows_rejected, outcomes, attempts, error, created_at, started_at, updated_at,"
      + " finished_at, run_started_at, run_started_rows";

  private JobRows() {
  }

  static Job job(Row row) {
    Map<String, Long> outcomes = new HashMap<>();
    JsonObject counted = (JsonObject) row.getValue("outcomes");
    counted.forEach(entry -> outcomes.put(entry.getKey(), ((Number) entry.getValue()).longValue()));
    Long runStartedRows = row.getLong("run_started_rows");
    return new Job(row.getUUID("tenant_id"), row.getUUID("id"), row.getString("format"),
        (JsonObject) row.getValue("options"), JobState.valueOf(row.getString("state")),
        row.getBoolean("cancel_requested"), row.getLong("file_bytes"), row.getInteger("file_chunks"),
        row.getLong("rows_total"), row.getLong("rows_read"), row.getLong("rows_rejected"), outcomes,
        row.getInteger("attempts"), row.getString("error"), Rows.instant(row, "created_at"),
        Rows.instant(row, "started_at"), Rows.instant(row, "updated_at"), Rows.instant(row, "finished_at"),
        Rows.instant(row, "run_started_at"), runStartedRows == null ? 0 : runStartedRows);
  }

  static String errors(List<FieldError> errors) {
    JsonArray json = new JsonArray();
    errors.forEach(error -> json.add(error.toJson()));
    return json.encode();
  }

  static List<FieldError> errors(JsonArray json) {
    List<FieldError> errors = new ArrayList<>();
    json.forEach(item -> {
      JsonObject error = (JsonObject) item;
      errors.add(new FieldError(error.getString("field"), error.getString("message")));
    });
    return errors;
  }
}
