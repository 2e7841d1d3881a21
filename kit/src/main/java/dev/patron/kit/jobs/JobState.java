package dev.patron.kit.jobs;

/**
 * Where a job is: waiting to be claimed, being run (by whoever holds its lease), or finished one
 * of three ways. A finished job never changes again.
 */
public enum JobState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELLED;

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
