package dev.patron.kit.jobs;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A job as stored in its {@link JobTables#jobs()} row.
 *
 * @param format the user's name for the file's format (e.g. {@code csv})
 * @param options what the user stored with the job when it was created (settings, a header ...)
 * @param rowsRead the rows settled by committed batches: the cursor a run resumes from
 * @param outcomes settled rows that were not rejected, counted by the user's labels
 * @param runStartedAt when the current (or last) run claimed the job; with {@code runStartedRows}
 *     the base of its throughput
 */
public record Job(
    UUID tenantId,
    UUID id,
    String format,
    JsonObject options,
    JobState state,
    boolean cancelRequested,
    long fileBytes,
    int fileChunks,
    long rowsTotal,
    long rowsRead,
    long rowsRejected,
    Map<String, Long> outcomes,
    int attempts,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant updatedAt,
    Instant finishedAt,
    Instant runStartedAt,
    long runStartedRows) {

  public Job {
    outcomes = Map.copyOf(outcomes);
  }

  /** How many settled rows carry this label. */
  public long outcome(String label) {
    return outcomes.getOrDefault(label, 0L);
  }
}
