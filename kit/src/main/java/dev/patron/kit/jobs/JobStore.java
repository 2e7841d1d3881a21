package dev.patron.kit.jobs;

import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import dev.patron.api.problem.Problems;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * What requests do with jobs: queue one with its file, read one, list them, cancel one, page
 * through its rejected rows. Every statement is scoped by tenant.
 */
public final class JobStore {

  /** A page of jobs, and the cursor of the next ({@code null} on the last). */
  public record Page(List<Job> jobs, String nextCursor) {
  }

  private final JobTables tables;
  private final JobSettings settings;

  public JobStore(JobTables tables, JobSettings settings) {
    this.tables = tables;
    this.settings = settings;
  }

  /**
   * Queues a job and stores its file in chunks, inside {@code tx}: the job exists with its whole
   * file or not at all. Slicing the file copies nothing.
   */
  public Future<Job> create(SqlConnection tx, NewJob job, Buffer file, Instant now) {
    int size = settings.chunkBytes();
    return create(tx, job, file.length(), index ->
        Future.succeededFuture(file.slice(index * size, (int) Math.min(file.length(), (long) (index + 1) * size))), now);
  }

  /**
   * Queues a job and stores its file of {@code fileBytes} in chunks fetched one after another
   * ({@code chunk.apply(i)}: bytes {@code i * chunkBytes} up to the next chunk's start), inside
   * {@code tx}: a file on disk is stored without being held whole in memory.
   */
  public Future<Job> create(SqlConnection tx, NewJob job, long fileBytes, IntFunction<Future<Buffer>> chunk,
      Instant now) {
    int chunks = (int) ((fileBytes + settings.chunkBytes() - 1) / settings.chunkBytes());
    Future<Job> created = tx.preparedQuery("INSERT INTO " + tables.jobs() + " (tenant_id, id, format, options, state,"
            + " file_bytes, file_chunks, rows_total, created_at, updated_at)"
            + " VALUES ($1, $2, $3, $4, 'QUEUED', $5, $6, $7, $8, $8) RETURNING " + JobRows.COLUMNS)
        .execute(Tuple.tuple().addValue(job.tenantId()).addValue(job.id()).addValue(job.format())
            .addValue(job.options()).addValue(fileBytes).addValue(chunks).addValue(job.rowsTotal())
            .addValue(Rows.param(now)))
        .map(rows -> JobRows.job(rows.iterator().next()));
    return created.compose(stored -> chunks == 0 ? Future.succeededFuture()
        : storeChunks(tx, job, chunks, 0, chunk.apply(0), chunk)).map(v -> created.result());
  }

  /**
   * Queues a job with the file at {@code file} (an upload streamed to disk), read a chunk at a
   * time: the job exists with its whole file or not at all, and the file is never in memory whole.
   */
  public Future<Job> create(Vertx vertx, SqlConnection tx, NewJob job, Path file, Instant now) {
    int chunkBytes = settings.chunkBytes();
    return vertx.fileSystem().props(file.toString()).compose(props -> vertx.fileSystem()
        .open(file.toString(), new OpenOptions().setRead(true))
        .compose(opened -> create(tx, job, props.size(), index -> opened.read(Buffer.buffer(chunkBytes), 0,
                (long) index * chunkBytes, (int) Math.min(chunkBytes, props.size() - (long) index * chunkBytes)), now)
            .eventually(opened::close)));
  }

  /** Inserts chunk {@code index} while the next is fetched: at most two chunks in memory. */
  private Future<Void> storeChunks(SqlConnection tx, NewJob job, int chunks, int index, Future<Buffer> current,
      IntFunction<Future<Buffer>> chunk) {
    return current.compose(data -> {
      Future<?> inserted = tx.preparedQuery("INSERT INTO " + tables.chunks() + " (tenant_id, job_id, chunk, data)"
          + " VALUES ($1, $2, $3, $4)").execute(Tuple.of(job.tenantId(), job.id(), index, data));
      if (index + 1 >= chunks) {
        return inserted.mapEmpty();
      }
      Future<Buffer> next = chunk.apply(index + 1);
      return inserted.compose(v -> storeChunks(tx, job, chunks, index + 1, next, chunk));
    });
  }

  public Future<Job> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery("SELECT " + JobRows.COLUMNS + " FROM " + tables.jobs() + " WHERE tenant_id = $1 AND id = $2")
        .execute(Tuple.of(tenantId, id))
        .map(rows -> rows.size() == 0 ? null : JobRows.job(rows.iterator().next()));
  }

  /** The restaurant's jobs, newest first. */
  public Future<Page> list(SqlClient sql, UUID tenantId, PageRequest page) {
    OffsetDateTime afterCreated = page.after() == null ? null : page.afterTimestamp("createdAt");
    UUID afterId = page.after() == null ? null : page.afterUuid("id");
    return sql.preparedQuery("SELECT " + JobRows.COLUMNS + " FROM " + tables.jobs() + " WHERE tenant_id = $1"
            + " AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid)) ORDER BY created_at DESC, id DESC LIMIT $4")
        .execute(Tuple.of(tenantId, afterCreated, afterId, page.limit() + 1))
        .map(rows -> {
          List<Job> jobs = new ArrayList<>();
          for (Row row : rows) {
            jobs.add(JobRows.job(row));
          }
          if (jobs.size() <= page.limit()) {
            return new Page(jobs, null);
          }
          List<Job> shown = jobs.subList(0, page.limit());
          Job last = shown.get(shown.size() - 1);
          return new Page(List.copyOf(shown), PageRequest.encode(new JsonObject()
              .put("createdAt", Rows.param(last.createdAt()).toString()).put("id", last.id().toString())));
        });
  }

  /** Jobs of the restaurant not finished yet, for a limit on how many may wait at once. */
  public Future<Long> countUnfinished(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT count(*) AS unfinished FROM " + tables.jobs()
            + " WHERE tenant_id = $1 AND state IN ('QUEUED', 'RUNNING')")
        .execute(Tuple.of(tenantId))
        .map(rows -> rows.iterator().next().getLong("unfinished"));
  }

  /**
   * Cancels a job: a queued one at once (its file goes), a running one at its next batch (what
   * committed before stays). A finished job is left as it is. Returns the job after, or {@code null}.
   */
  public Future<Job> cancel(SqlConnection tx, UUID tenantId, UUID id, Instant now) {
    return tx.preparedQuery("UPDATE " + tables.jobs() + " SET cancel_requested = true,"
            + " state = CASE WHEN state = 'QUEUED' THEN 'CANCELLED' ELSE state END,"
            + " finished_at = CASE WHEN state = 'QUEUED' THEN $3 ELSE finished_at END, updated_at = $3"
            + " WHERE tenant_id = $1 AND id = $2 AND state IN ('QUEUED', 'RUNNING') RETURNING " + JobRows.COLUMNS)
        .execute(Tuple.of(tenantId, id, Rows.param(now)))
        .compose(rows -> {
          if (rows.size() == 0) {
            return find(tx, tenantId, id);
          }
          Job job = JobRows.job(rows.iterator().next());
          if (job.state() != JobState.CANCELLED) {
            return Future.succeededFuture(job);
          }
          return tx.preparedQuery("DELETE FROM " + tables.chunks() + " WHERE tenant_id = $1 AND job_id = $2")
              .execute(Tuple.of(tenantId, id)).map(job);
        });
  }

  /**
   * Refuses a new job of a restaurant with {@code maxUnfinished} jobs queued or running already:
   * a {@code 409 import-limit-reached}. A check before the upload is read; the binding one is
   * {@link #admitLocked}, in the transaction that queues the job.
   */
  public Future<Void> admit(SqlClient sql, UUID tenantId, int maxUnfinished) {
    return countUnfinished(sql, tenantId).map(unfinished -> {
      if (unfinished >= maxUnfinished) {
        throw Problems.conflict("import-limit-reached", "The restaurant has " + unfinished + " imports queued or"
            + " running, the most it may have; wait for one to finish, or cancel one.");
      }
      return null;
    });
  }

  /** {@link #admit} inside the transaction that queues the job: the restaurant's uploads queue on a lock, so two cannot both pass. */
  public Future<Void> admitLocked(SqlConnection tx, UUID tenantId, int maxUnfinished) {
    return tx.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .execute(Tuple.of(tables.jobs() + ":" + tenantId))
        .compose(locked -> admit(tx, tenantId, maxUnfinished));
  }

  /** The restaurant's import, or a 404 when it has none with this id. */
  public Future<Job> findImport(SqlClient sql, UUID tenantId, UUID id) {
    return find(sql, tenantId, id).map(job -> {
      if (job == null) {
        throw notFound(id);
      }
      return job;
    });
  }

  /**
   * {@link #cancel} as an import's cancel route answers it: the job after (cancelled if it was
   * queued, {@code cancelRequested} if running; a cancelled one as it is); a 404 when the
   * restaurant has no such import, a 409 {@code import-finished} once it succeeded or failed.
   */
  public Future<Job> cancelImport(Pool pool, UUID tenantId, UUID id, Instant now) {
    return pool.withTransaction(tx -> cancel(tx, tenantId, id, now)).map(job -> {
      if (job == null) {
        throw notFound(id);
      }
      if (job.state().finished() && !job.cancelRequested()) {
        throw Problems.conflict("import-finished", "The import has " + job.state().name().toLowerCase(Locale.ROOT)
            + "; there is nothing left to cancel.");
      }
      return job;
    });
  }

  /** Rejected rows after row {@code afterRow}, in file order, at most {@code limit}. */
  public Future<List<Rejection>> rejections(SqlClient sql, UUID tenantId, UUID jobId, long afterRow, int limit) {
    return sql.preparedQuery("SELECT row_number, original, errors FROM " + tables.rejections()
            + " WHERE tenant_id = $1 AND job_id = $2 AND row_number > $3 ORDER BY row_number LIMIT $4")
        .execute(Tuple.of(tenantId, jobId, afterRow, limit))
        .map(rows -> {
          List<Rejection> page = new ArrayList<>();
          for (Row row : rows) {
            page.add(new Rejection(row.getLong("row_number"), row.getString("original"),
                JobRows.errors((JsonArray) row.getValue("errors"))));
          }
          return page;
        });
  }

  private static RuntimeException notFound(UUID id) {
    return Problems.notFound("No import with id " + id + ".");
  }
}
