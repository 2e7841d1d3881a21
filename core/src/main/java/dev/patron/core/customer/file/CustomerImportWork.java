package dev.patron.core.customer.file;

import dev.patron.api.event.Actor;
import dev.patron.kit.jobs.FileFormat;
import dev.patron.core.customer.CustomerService;
import dev.patron.core.tenant.TenantContext;
import dev.patron.kit.jobs.Job;
import dev.patron.kit.jobs.JobAbort;
import dev.patron.kit.jobs.JobWork;
import dev.patron.kit.jobs.NdjsonRows;
import dev.patron.kit.jobs.RowOutcome;
import dev.patron.kit.jobs.RowSource;
import dev.patron.kit.jobs.SourceRow;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The customer import's part of the job machinery: its files' rows ({@link CustomerCsvRows},
 * {@link NdjsonRows}) and a batch of them applied ({@link CustomerImportBatch}) with the restaurant's
 * rights as they are when the batch runs: its enabled plugins, their hooks and extension fields.
 * As the file's rows pile into the tables it analyses them now and then ({@link TableGrowth}).
 */
public final class CustomerImportWork implements JobWork {

  private final CustomerImportBatch batch;
  private final BiFunction<SqlConnection, UUID, Future<TenantContext>> contexts;

  /** @param contexts the restaurant's context by id, read in the batch's transaction ({@code null}: gone) */
  public CustomerImportWork(CustomerService customers, BiFunction<SqlConnection, UUID, Future<TenantContext>> contexts) {
    this.batch = new CustomerImportBatch(customers);
    this.contexts = contexts;
  }

  @Override
  public RowSource open(Job job, InputStream file) {
    ImportOptions options = ImportOptions.of(job.options());
    if (FileFormat.ofId(job.format()) == FileFormat.NDJSON) {
      return new NdjsonRows(file, CustomerImports.MAX_ROW_BYTES);
    }
    return new CustomerCsvRows(file, Charset.forName(options.charset()), options.separator(), options.columns());
  }

  /** The option under which the import's job keeps who started it: its rows' events name them. */
  public static final String STARTED_BY = "startedBy";

  private static Actor startedBy(Job job) {
    Actor actor = Actor.decode(job.options().getString(STARTED_BY));
    if (actor == null) {
      throw new JobAbort("The import does not say who started it; start it again.");
    }
    return actor;
  }

  @Override
  public Future<List<RowOutcome>> apply(SqlConnection transaction, Job job, List<SourceRow> rows) {
    return contexts.apply(transaction, job.tenantId()).compose(context -> {
      if (context == null) {
        throw new JobAbort("The restaurant was disabled or removed; the rest of the file was not imported.");
      }
      ImportOptions options = ImportOptions.of(job.options());
      return batch.apply(transaction, context.actedBy(startedBy(job)), options, rows).compose(outcomes -> options.dryRun()
          || !TableGrowth.crossesThreshold(rows.get(0).number() - 1, rows.get(rows.size() - 1).number())
          ? Future.succeededFuture(outcomes)
          : transaction.query(TableGrowth.ANALYZE).execute().map(outcomes));
    });
  }
}
