package dev.patron.kit.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where one kind of job keeps its tables: in the user's own schema, under a prefix of its choosing
 * ({@code sales} and {@code import_} make {@code sales.import_jobs}, {@code sales.import_job_chunks}
 * and {@code sales.import_job_rejections}). The user creates them with its own migration, copying
 * {@link #ddl()}. Names are code, never input: both parts must be lower-case SQL identifiers.
 */
public record JobTables(String schema, String prefix) {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,40}");
  private static final Pattern PREFIX = Pattern.compile("([a-z][a-z0-9_]{0,30})?");
  private static final String DDL_RESOURCE = "/dev/patron/kit/jobs/job-tables.sql";

  public JobTables {
    if (schema == null || !IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema must be a lower-case SQL identifier, not " + schema);
    }
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("prefix must be empty or a lower-case SQL identifier, not " + prefix);
    }
  }

  /** The jobs table, qualified. */
  public String jobs() {
    return schema + "." + prefix + "jobs";
  }

  /** The uploaded files' chunks, qualified. */
  public String chunks() {
    return schema + "." + prefix + "job_chunks";
  }

  /** The rejected rows, qualified. */
  public String rejections() {
    return schema + "." + prefix + "job_rejections";
  }

  /** The event-bus address (local to the process) that wakes this kind's worker when a job is queued. */
  public String wakeAddress() {
    return "patron.jobs." + schema + "." + prefix + "wake";
  }

  /** The DDL of the three tables, unqualified, with this prefix: what the user's migration holds. */
  public String ddl() {
    try (InputStream in = JobTables.class.getResourceAsStream(DDL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the kit lacks " + DDL_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{prefix}", prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
