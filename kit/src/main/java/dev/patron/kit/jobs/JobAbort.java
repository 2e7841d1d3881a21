package dev.patron.kit.jobs;

/**
 * Thrown (or failed with) by {@link JobWork#apply} when the job as a whole must not go on — the
 * restaurant was disabled, say: the batch rolls back and the job fails with this message, which
 * people read. Rows are not retried one by one for it.
 */
public class JobAbort extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JobAbort(String message) {
    super(message, null, false, false);
  }
}
