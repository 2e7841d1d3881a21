package dev.patron.kit.jobs;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The part of a job only its user knows: how to read the rows of its file, and how to apply a
 * batch of them. The kit does the rest ({@link JobWorker}): claiming, the batch loop with its
 * committed cursor, cancel, progress, the rejected rows.
 */
public interface JobWork {

  /**
   * Opens the file's rows. Runs on a worker thread: {@code file} streams the stored chunks, and
   * blocks while the next one is fetched.
   */
  RowSource open(Job job, InputStream file) throws IOException;

  /**
   * Applies the readable rows of one batch inside {@code transaction}, which also records the
   * job's progress: all of it commits, or none. Returns one outcome per row, in order. A row must
   * be applied whole or not at all: reject it rather than write part of it.
   *
   * <p>A failed future rolls the batch back; the kit then applies its rows one at a time, so that
   * a row that fails alone is rejected (a problem's field errors, or a data or constraint error of
   * PostgreSQL) without sinking the others.
   */
  Future<List<RowOutcome>> apply(SqlConnection transaction, Job job, List<SourceRow> rows);
}
