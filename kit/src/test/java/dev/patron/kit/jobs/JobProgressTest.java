package dev.patron.kit.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobProgressTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void aQueuedJobHasNoRateAndNoEstimate() {
    JobProgress progress = JobProgress.of(job(JobState.QUEUED, 0, 1000, null, 0, T0, null));
    assertNull(progress.rowsPerSecond());
    assertNull(progress.secondsLeft());
  }

  @Test
  void aRunningJobsRateIsItsRunsRowsOverTheTimeToItsLastBatch() {
    // 2 000 rows in 4 s since the claim: 500 rows/s, 8 000 rows left: 16 s.
    JobProgress progress = JobProgress.of(job(JobState.RUNNING, 2000, 10_000, T0, 0, T0.plusSeconds(4), null));
    assertEquals(500.0, progress.rowsPerSecond());
    assertEquals(16L, progress.secondsLeft());
  }

  @Test
  void aResumedJobIsMeasuredFromItsResumptionNotFromItsFirstStart() {
    // Resumed at row 6 000 (the time it lay dead does not count): 1 000 rows in 2 s since.
    JobProgress progress = JobProgress.of(job(JobState.RUNNING, 7000, 10_000, T0.plusSeconds(600), 6000,
        T0.plusSeconds(602), null));
    assertEquals(500.0, progress.rowsPerSecond());
    assertEquals(6L, progress.secondsLeft());
  }

  @Test
  void theEstimateRoundsUp() {
    JobProgress progress = JobProgress.of(job(JobState.RUNNING, 300, 1000, T0, 0, T0.plusSeconds(1), null));
    assertEquals(300.0, progress.rowsPerSecond());
    assertEquals(3L, progress.secondsLeft(), "700 / 300 = 2.33, so 3 s");
  }

  @Test
  void aRunThatCommittedNothingYetHasNoEstimate() {
    JobProgress progress = JobProgress.of(job(JobState.RUNNING, 500, 1000, T0, 500, T0, null));
    assertNull(progress.rowsPerSecond());
    assertNull(progress.secondsLeft());
  }

  @Test
  void aFinishedJobHasNothingLeftAndKeepsTheRateOfItsLastRun() {
    JobProgress progress = JobProgress.of(job(JobState.SUCCEEDED, 1000, 1000, T0, 0, T0.plusSeconds(9),
        T0.plusSeconds(2)));
    assertEquals(500.0, progress.rowsPerSecond(), "to when it finished, not to a later update");
    assertEquals(0L, progress.secondsLeft());
  }

  static Job job(JobState state, long read, long total, Instant runStarted, long runStartedRows, Instant updated,
      Instant finished) {
    return new Job(UUID.randomUUID(), UUID.randomUUID(), "ndjson", new JsonObject(), state, false, 100, 1, total, read, 0,
        Map.of(), 1, null, T0, runStarted, updated, finished, runStarted, runStartedRows);
  }
}
