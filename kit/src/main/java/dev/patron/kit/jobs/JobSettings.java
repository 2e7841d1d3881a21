package dev.patron.kit.jobs;

import java.time.Duration;

/**
 * How a kind of job runs.
 *
 * @param batchSize rows per transaction: each batch commits its rows and the job's progress together
 * @param lease how long a claim lasts without being renewed; a worker renews it with each batch
 *     and every third of it in between, so only a crashed (or cut-off) worker's job is taken over,
 *     by any instance, once its lease has lapsed
 * @param pollInterval how often an idle worker looks for queued jobs (it is also woken at once
 *     when this process queues one)
 * @param maxAttempts claims of one job before it fails for good (a crash costs one attempt)
 * @param chunkBytes the size of the chunks an uploaded file is stored in
 */
public record JobSettings(int batchSize, Duration lease, Duration pollInterval, int maxAttempts, int chunkBytes) {

  public JobSettings {
    if (batchSize < 1 || maxAttempts < 1 || chunkBytes < 1024) {
      throw new IllegalArgumentException("batchSize and maxAttempts must be positive, chunkBytes at least 1 KiB");
    }
    if (lease.toMillis() < 300 || pollInterval.toMillis() < 10) {
      throw new IllegalArgumentException("the lease must be at least 300 ms, the poll interval at least 10 ms");
    }
  }

  /** 500 rows a batch, a 15 s lease, a poll a second, 10 attempts, 1 MiB chunks. */
  public static JobSettings defaults() {
    return new JobSettings(500, Duration.ofSeconds(15), Duration.ofSeconds(1), 10, 1024 * 1024);
  }

  public JobSettings withBatchSize(int rows) {
    return new JobSettings(rows, lease, pollInterval, maxAttempts, chunkBytes);
  }

  public JobSettings withLease(Duration duration) {
    return new JobSettings(batchSize, duration, pollInterval, maxAttempts, chunkBytes);
  }
}
