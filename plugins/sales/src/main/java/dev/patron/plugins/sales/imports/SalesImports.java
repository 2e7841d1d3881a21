package dev.patron.plugins.sales.imports;

import dev.patron.kit.jobs.JobSettings;
import dev.patron.kit.jobs.JobTables;
import java.util.List;

/** The history import's tables, settings and bounds. */
public final class SalesImports {

  /** {@code sales.import_jobs}, {@code sales.import_job_chunks}, {@code sales.import_job_rejections}. */
  public static final JobTables TABLES = new JobTables("sales", "import_");
  public static final JobSettings SETTINGS = JobSettings.defaults();

  /** A receipt the import stored. */
  public static final String RECORDED = "recorded";
  /** A receipt that was stored before with the same contents (a re-import): nothing written. */
  public static final String UNCHANGED = "unchanged";
  public static final List<String> LABELS = List.of(RECORDED, UNCHANGED);

  /**
   * The largest file: 64 MiB, about 200 000 receipts of five lines as NDJSON. The upload streams
   * to disk ({@code x-patron-streamed-body} in the OpenAPI fragment), and a body past this is a 413.
   */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** The most rows a file may have. */
  public static final long MAX_ROWS = 1_000_000;
  /** The longest NDJSON line or CSV record, in bytes (chars for CSV): the POST body limit's 1 MiB. */
  public static final int MAX_ROW_BYTES = 1024 * 1024;
  /** Imports of one restaurant queued or running at once. */
  public static final int MAX_UNFINISHED_PER_TENANT = 2;

  private SalesImports() {
  }
}
