package dev.patron.kit.jobs;

import java.io.Closeable;
import java.io.IOException;

/**
 * The rows of a job's file, read in order by the user's parser. Called only on worker threads
 * (it may block), one call at a time.
 */
public interface RowSource extends Closeable {

  /** The next row, or {@code null} after the last. A row it cannot parse comes back unreadable, with errors. */
  SourceRow next() throws IOException;
}
