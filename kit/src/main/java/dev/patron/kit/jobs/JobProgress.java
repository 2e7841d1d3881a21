package dev.patron.kit.jobs;

import java.time.Duration;

/**
 * How fast a job goes and how long it has left, from its own row: the rows its current (or last)
 * run settled since it claimed the job, over the time to its last committed batch. A resumed job
 * is measured from its resumption, so the time it lay dead after a crash does not count.
 *
 * @param rowsPerSecond {@code null} until a run has committed rows
 * @param secondsLeft 0 once finished; {@code null} while it cannot be told (queued, or no rate yet)
 */
public record JobProgress(Double rowsPerSecond, Long secondsLeft) {

  public static JobProgress of(Job job) {
    Double rate = rate(job);
    if (job.state().finished()) {
      return new JobProgress(rate, 0L);
    }
    if (job.state() != JobState.RUNNING || rate == null) {
      return new JobProgress(rate, null);
    }
    long left = Math.max(0, job.rowsTotal() - job.rowsRead());
    return new JobProgress(rate, (long) Math.ceil(left / rate));
  }

  private static Double rate(Job job) {
    if (job.runStartedAt() == null) {
      return null;
    }
    var until = job.state().finished() && job.finishedAt() != null ? job.finishedAt() : job.updatedAt();
    long millis = Duration.between(job.runStartedAt(), until).toMillis();
    long rows = job.rowsRead() - job.runStartedRows();
    if (millis <= 0 || rows <= 0) {
      return null;
    }
    return Math.round(rows * 10_000.0 / millis) / 10.0;
  }
}
