package dev.patron.plugins.sales.imports;

import dev.patron.kit.jobs.FileFormat;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problem;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.StreamedUpload;
import dev.patron.kit.jobs.Job;
import dev.patron.kit.jobs.JobJson;
import dev.patron.kit.jobs.JobStore;
import dev.patron.kit.jobs.JobWorker;
import dev.patron.kit.jobs.NewJob;
import dev.patron.kit.jobs.RejectionDownload;
import dev.patron.plugins.sales.SalesSettings;
import dev.patron.plugins.sales.http.SalesClock;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * HTTP for the history import: upload a file (a job is queued and answered at once), follow a
 * job, list them, cancel one, download its rejected rows.
 */
public final class ImportRoutes {

  private static final String BASE = "/api/v1/plugins/sales/imports/";

  private final PluginContext context;
  private final SalesClock clock;
  private final JobStore store = new JobStore(SalesImports.TABLES, SalesImports.SETTINGS);
  private final RejectionDownload rejections = new RejectionDownload(store);

  public ImportRoutes(PluginContext context, SalesClock clock) {
    this.context = context;
    this.clock = clock;
  }

  public void register(Router router) {
    router.post("/imports").handler(Handlers.of(this::upload));
    router.get("/imports").handler(Handlers.of(this::list));
    router.get("/imports/:importId").handler(Handlers.of(this::get));
    router.post("/imports/:importId/cancel").handler(Handlers.of(this::cancel));
    router.get("/imports/:importId/rejections").handler(Handlers.of(this::rejected));
  }

  /**
   * 202 with the queued job. The body is streamed to a temporary file (at most {@link
   * SalesImports#MAX_FILE_BYTES}, never held in memory), checked on a worker thread, then stored
   * with the job in one transaction.
   */
  private Future<?> upload(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    SalesSettings settings = SalesSettings.from(PluginRequest.config(rc));
    FileFormat format = FileFormat.ofContentType(rc.request().getHeader("Content-Type"));
    if (format == null) {
      throw Problem.of(415, "unsupported-media-type", "Unsupported media type",
          "Send the file as text/csv or application/x-ndjson.").toException();
    }
    Vertx vertx = context.vertx();
    return StreamedUpload.toTemporaryFile(vertx, rc.request(), SalesImports.MAX_FILE_BYTES)
        .compose(file -> vertx.executeBlocking(() -> UploadScan.scan(format, file), false)
            .compose(scanned -> context.pool().withTransaction(tx -> store
                .admitLocked(tx, tenant.id(), SalesImports.MAX_UNFINISHED_PER_TENANT)
                .compose(v -> store.create(vertx, tx, new NewJob(tenant.id(), UUID.randomUUID(), format.id(),
                    ReceiptImportWork.ImportOptions.of(tenant, settings.pricesIncludeTax(), scanned.options()),
                    scanned.rows()), file, clock.now()))))
            .eventually(() -> StreamedUpload.delete(vertx, file)))
        .compose(job -> {
          JobWorker.wake(vertx, SalesImports.TABLES);
          rc.response().putHeader("Location", BASE + job.id());
          return Responses.json(rc, 202, json(job));
        });
  }

  private Future<?> list(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return store.list(context.client(), tenant.id(), PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.jobs().stream().map(ImportRoutes::json).toList(), page.nextCursor()));
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return found(tenant, importId(rc)).compose(job -> Responses.ok(rc, json(job)));
  }

  /** 200 with the job: cancelled if it was queued, {@code cancelRequested} if running; 409 once finished otherwise. */
  private Future<?> cancel(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return store.cancelImport(context.pool(), tenant.id(), importId(rc), clock.now()).compose(job -> Responses.ok(rc, json(job)));
  }

  private Future<?> rejected(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    return found(tenant, importId(rc)).compose(job -> rejections.send(rc.response(), context.client(), job,
        ImportRejections.contentType(job), ImportRejections.fileName(job), ImportRejections.head(job),
        rejection -> ImportRejections.row(job, rejection)));
  }

  private Future<Job> found(Tenant tenant, UUID id) {
    return store.findImport(context.client(), tenant.id(), id);
  }

  static JsonObject json(Job job) {
    return JobJson.of(job, SalesImports.LABELS);
  }

  private static UUID importId(RoutingContext rc) {
    return Requests.pathId(rc, "importId", "import");
  }
}
