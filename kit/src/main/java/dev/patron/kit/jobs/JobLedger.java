package dev.patron.kit.jobs;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What workers do with jobs, in SQL: claim one, renew and give back the claim, and — inside each
 * batch's transaction — check the claim and settle the batch's rows with the job's progress. The
 * database's clock decides every lease, so instances need not agree on the time.
 *
 * <p>A claim is a fencing token: every batch first locks the job's row and goes on only while the
 * row still names its token and the cursor it started from. A worker that lost its lease (it
 * stalled past it, and another instance took over) can therefore never commit a batch.
 */
final class JobLedger {

  /** What a batch's transaction found on the job's locked row. */
  record Gate(boolean ours, boolean cancelRequested, long rowsRead) {
  }

  private final JobTables tables;
  private final JobSettings settings;

  JobLedger(JobTables tables, JobSettings settings) {
    this.tables = tables;
    this.settings = settings;
  }

  /**
   * Claims the oldest job that is queued, or running under a lease that lapsed (its worker died),
   * for {@code token}; {@code null} when there is none. A restaurant's jobs run one at a time across
   * all instances, so one restaurant's imports never hold every worker while others wait. SKIP LOCKED lets instances claiming at the
   * same moment each take another job instead of queueing on one.
   */
  Future<Job> claim(SqlClient sql, UUID token) {
    return sql.preparedQuery("UPDATE " + tables.jobs() + " j SET state = 'RUNNING', lease_token = $1,"
            + " lease_until = now() + $2::float8 * interval '1 millisecond', attempts = j.attempts + 1,"
            + " started_at = coalesce(j.started_at, now()), run_started_at = now(), run_started_rows = j.rows_read,"
            + " updated_at = now()"
            + " FROM (SELECT q.tenant_id, q.id FROM " + tables.jobs() + " q WHERE q.state IN ('QUEUED', 'RUNNING')"
            + " AND (q.state = 'QUEUED' OR q.lease_until < now())"
            + " AND NOT EXISTS (SELECT 1 FROM " + tables.jobs() + " r WHERE r.tenant_id = q.tenant_id AND r.id <> q.id"
            + "   AND r.state = 'RUNNING' AND r.lease_until >= now())"
            + " ORDER BY q.created_at, q.id LIMIT 1 FOR UPDATE OF q SKIP LOCKED) c"
            + " WHERE j.tenant_id = c.tenant_id AND j.id = c.id RETURNING " + prefixed("j."))
        .execute(Tuple.of(token, leaseMillis()))
        .map(rows -> rows.size() == 0 ? null : JobRows.job(rows.iterator().next()));
  }

  /** Renews the claim; {@code false} when it is no longer this token's. */
  Future<Boolean> renew(SqlClient sql, Job job, UUID token) {
    return sql.preparedQuery("UPDATE " + tables.jobs() + " SET lease_until = now() + $4::float8 * interval '1 millisecond'"
            + " WHERE tenant_id = $1 AND id = $2 AND lease_token = $3 AND state = 'RUNNING'")
        .execute(Tuple.of(job.tenantId(), job.id(), token, leaseMillis()))
        .map(rows -> rows.rowCount() == 1);
  }

  /**
   * Gives the claim back on shutdown, so any instance may go on at once; the attempt is not
   * counted against the job.
   */
  Future<Void> release(SqlClient sql, Job job, UUID token) {
    return sql.preparedQuery("UPDATE " + tables.jobs() + " SET lease_until = now() - interval '1 millisecond',"
            + " attempts = greatest(attempts - 1, 0) WHERE tenant_id = $1 AND id = $2 AND lease_token = $3"
            + " AND state = 'RUNNING'")
        .execute(Tuple.of(job.tenantId(), job.id(), token))
        .mapEmpty();
  }

  /**
   * Keeps the claim (so no one retries at once) for one more lease, with the reason the run
   * stopped; once it lapses, the job is claimed again, as after a crash.
   */
  Future<Void> pause(SqlClient sql, Job job, UUID token, String reason) {
    return sql.preparedQuery("UPDATE " + tables.jobs() + " SET error = $4,"
            + " lease_until = now() + $5::float8 * interval '1 millisecond', updated_at = now()"
            + " WHERE tenant_id = $1 AND id = $2 AND lease_token = $3 AND state = 'RUNNING'")
        .execute(Tuple.of(job.tenantId(), job.id(), token, reason, leaseMillis()))
        .mapEmpty();
  }

  /** Ends the job as failed, with the reason people will read; its file goes. */
  Future<Void> fail(SqlClient sql, Job job, UUID token, String reason) {
    return finish(sql, job, token, "FAILED", reason);
  }

  /** Locks the job's row for the rest of the batch's transaction and tells whether the batch may go on. */
  Future<Gate> lock(SqlConnection tx, Job job, UUID token) {
    return tx.preparedQuery("SELECT state, lease_token, cancel_requested, rows_read FROM " + tables.jobs()
            + " WHERE tenant_id = $1 AND id = $2 FOR UPDATE")
        .execute(Tuple.of(job.tenantId(), job.id()))
        .map(rows -> {
          if (rows.size() == 0) {
            return new Gate(false, false, -1);
          }
          Row row = rows.iterator().next();
          boolean ours = "RUNNING".equals(row.getString("state")) && token.equals(row.getUUID("lease_token"));
          return new Gate(ours, row.getBoolean("cancel_requested"), row.getLong("rows_read"));
        });
  }

  /** Ends a job whose cancel was asked for, inside the batch's transaction. */
  Future<Void> cancelled(SqlConnection tx, Job job, UUID token) {
    return finish(tx, job, token, "CANCELLED", null);
  }

  /**
   * Records a batch inside its transaction: the rejected rows, the counts, the cursor moved past
   * the batch and the lease renewed; after the file's last row, the job succeeded and its file goes.
   */
  Future<Void> settle(SqlConnection tx, Job job, UUID token, List<SourceRow> rows, List<RowOutcome> outcomes,
      boolean last) {
    List<Long> numbers = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<String, Long> counted = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      RowOutcome outcome = outcomes.get(i);
      if (outcome.isRejected()) {
        numbers.add(rows.get(i).number());
        originals.add(rows.get(i).original());
        errors.add(JobRows.errors(outcome.errors()));
      } else {
        counted.merge(outcome.label(), 1L, Long::sum);
      }
    }
    List<Future<?>> writes = new ArrayList<>();
    if (!numbers.isEmpty()) {
      writes.add(tx.preparedQuery("INSERT INTO " + tables.rejections() + " (tenant_id, job_id, row_number, original,"
              + " errors) SELECT $1, $2, r.n, r.original, r.errors::jsonb"
              + " FROM unnest($3::int8[], $4::text[], $5::text[]) AS r(n, original, errors)")
          .execute(Tuple.of(job.tenantId(), job.id(), numbers.toArray(Long[]::new), originals.toArray(String[]::new),
              errors.toArray(String[]::new))));
    }
    JsonObject outcomeCounts = new JsonObject();
    counted.forEach(outcomeCounts::put);
    writes.add(tx.preparedQuery("UPDATE " + tables.jobs() + " j SET rows_read = j.rows_read + $4,"
            + " rows_rejected = j.rows_rejected + $5, outcomes = (SELECT coalesce(jsonb_object_agg(key, total), '{}')"
            + " FROM (SELECT key, sum(value::bigint) AS total FROM (SELECT * FROM jsonb_each_text(j.outcomes)"
            + " UNION ALL SELECT * FROM jsonb_each_text($6::jsonb)) e GROUP BY key) s),"
            + " error = NULL, updated_at = clock_timestamp(),"
            + " lease_until = clock_timestamp() + $7::float8 * interval '1 millisecond'"
            + " WHERE tenant_id = $1 AND id = $2 AND lease_token = $3")
        .execute(Tuple.tuple().addValue(job.tenantId()).addValue(job.id()).addValue(token).addValue((long) rows.size())
            .addValue((long) numbers.size()).addValue(outcomeCounts).addValue(leaseMillis())));
    Future<Void> written = Future.all(writes).mapEmpty();
    return last ? written.compose(v -> finish(tx, job, token, "SUCCEEDED", null)) : written;
  }

  /** The file's chunk {@code index}. */
  Future<Buffer> chunk(SqlClient sql, Job job, int index) {
    return sql.preparedQuery("SELECT data FROM " + tables.chunks() + " WHERE tenant_id = $1 AND job_id = $2 AND chunk = $3")
        .execute(Tuple.of(job.tenantId(), job.id(), index))
        .map(rows -> {
          if (rows.size() == 0) {
            throw new IllegalStateException("job " + job.id() + " has no chunk " + index + " of its file");
          }
          return rows.iterator().next().getBuffer("data");
        });
  }

  /** One statement, so the file goes only with the job's end, and only under this token. */
  private Future<Void> finish(SqlClient sql, Job job, UUID token, String state, String reason) {
    return sql.preparedQuery("WITH ended AS (UPDATE " + tables.jobs() + " SET state = $4, error = $5,"
            + " finished_at = clock_timestamp(), updated_at = clock_timestamp(), lease_token = NULL, lease_until = NULL"
            + " WHERE tenant_id = $1 AND id = $2 AND lease_token = $3 RETURNING id)"
            + " DELETE FROM " + tables.chunks() + " WHERE tenant_id = $1 AND job_id IN (SELECT id FROM ended)")
        .execute(Tuple.of(job.tenantId(), job.id(), token, state, reason))
        .mapEmpty();
  }

  private double leaseMillis() {
    return settings.lease().toMillis();
  }

  private static String prefixed(String alias) {
    return alias + JobRows.COLUMNS.replace(", ", ", " + alias);
  }
}
