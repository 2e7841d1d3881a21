package dev.patron.core.customer.file;

import dev.patron.kit.jobs.JobSettings;
import dev.patron.kit.jobs.JobTables;
import java.util.List;

/** The customer import's tables, settings, labels and bounds. */
public final class CustomerImports {

  /** {@code patron.customer_import_jobs}, {@code …_job_chunks}, {@code …_job_rejections}. */
  public static final JobTables TABLES = new JobTables("patron", "customer_import_");
  public static final JobSettings SETTINGS = JobSettings.defaults();

  /** A row that created a customer (or would, in a dry run). */
  public static final String CREATED = "created";
  /** A row that changed the customer it matched. */
  public static final String UPDATED = "updated";
  /** A row that matched a customer and changed nothing: skipped. */
  public static final String UNCHANGED = "unchanged";
  public static final List<String> LABELS = List.of(CREATED, UPDATED, UNCHANGED);

  /** The most rows a file may have. */
  public static final long MAX_ROWS = 1_000_000;
  /** The longest CSV record (characters) or NDJSON line (bytes): a customer is far smaller. */
  public static final int MAX_ROW_BYTES = 64 * 1024;

  private CustomerImports() {
  }
}
