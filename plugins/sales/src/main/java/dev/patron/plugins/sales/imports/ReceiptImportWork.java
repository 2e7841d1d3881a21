package dev.patron.plugins.sales.imports;

import dev.patron.kit.jobs.FileFormat;
import dev.patron.kit.jobs.NdjsonRows;

import dev.patron.api.plugin.PluginEvents;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.jobs.Job;
import dev.patron.kit.jobs.JobWork;
import dev.patron.kit.jobs.RowOutcome;
import dev.patron.kit.jobs.RowSource;
import dev.patron.kit.jobs.SourceRow;
import dev.patron.plugins.sales.http.SalesClock;
import dev.patron.plugins.sales.transaction.SalesEvents;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * The history import's part of the job machinery: its files' rows ({@link NdjsonRows}, {@link
 * CsvRows}) and a batch of them recorded ({@link ImportBatch}), for the restaurant and with the
 * settings the job was queued with.
 */
final class ReceiptImportWork implements JobWork {

  private final ImportBatch batch;
  private final SalesClock clock;

  ReceiptImportWork(PluginEvents events, SalesClock clock) {
    this.batch = new ImportBatch(new SalesEvents(events));
    this.clock = clock;
  }

  @Override
  public RowSource open(Job job, InputStream file) {
    FileFormat format = FileFormat.ofId(job.format());
    if (format == FileFormat.NDJSON) {
      return new NdjsonRows(file, SalesImports.MAX_ROW_BYTES);
    }
    String separator = job.options().getJsonObject("csv").getString("separator");
    return new CsvRows(file, separator.charAt(0));
  }

  @Override
  public Future<List<RowOutcome>> apply(SqlConnection transaction, Job job, List<SourceRow> rows) {
    ImportOptions options = new ImportOptions(job.options());
    List<JsonObject> bodies = rows.stream().map(row -> (JsonObject) row.parsed()).toList();
    return batch.apply(transaction, options.tenant(), options.pricesIncludeTax(), bodies, clock.now());
  }

  /** What a job keeps of the request that queued it: the restaurant as it was, and its settings. */
  record ImportOptions(JsonObject options) {

    static JsonObject of(Tenant tenant, boolean pricesIncludeTax, JsonObject formatOptions) {
      return formatOptions.copy()
          .put("tenant", new JsonObject().put("id", tenant.id().toString()).put("name", tenant.name())
              .put("currency", tenant.currency()).put("language", tenant.language()).put("timeZone", tenant.timeZone()))
          .put("pricesIncludeTax", pricesIncludeTax);
    }

    Tenant tenant() {
      JsonObject tenant = options.getJsonObject("tenant");
      return new Tenant(UUID.fromString(tenant.getString("id")), tenant.getString("name"), tenant.getString("currency"),
          tenant.getString("language"), tenant.getString("timeZone"));
    }

    boolean pricesIncludeTax() {
      return options.getBoolean("pricesIncludeTax");
    }
  }
}
