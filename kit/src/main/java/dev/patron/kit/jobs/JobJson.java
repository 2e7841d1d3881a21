package dev.patron.kit.jobs;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A job as an API shows it: state, rows (total, read, rejected and one count per label the user
 * names, zeros included), throughput and time left ({@link JobProgress}), and its times.
 */
public final class JobJson {

  private JobJson() {
  }

  /** @param labels the outcome labels to show under {@code rows}, e.g. {@code recorded}, {@code unchanged} */
  public static JsonObject of(Job job, List<String> labels) {
    JsonObject rows = new JsonObject()
        .put("total", job.rowsTotal())
        .put("read", job.rowsRead());
    labels.forEach(label -> rows.put(label, job.outcome(label)));
    rows.put("rejected", job.rowsRejected());
    JobProgress progress = JobProgress.of(job);
    return new JsonObject()
        .put("id", job.id().toString())
        .put("format", job.format())
        .put("state", job.state().name())
        .put("cancelRequested", job.cancelRequested())
        .put("fileBytes", job.fileBytes())
        .put("rows", rows)
        .put("rowsPerSecond", progress.rowsPerSecond())
        .put("secondsLeft", progress.secondsLeft())
        .put("error", job.error())
        .put("createdAt", text(job.createdAt()))
        .put("startedAt", text(job.startedAt()))
        .put("updatedAt", text(job.updatedAt()))
        .put("finishedAt", text(job.finishedAt()));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
