package dev.patron.server.imports;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.core.customer.file.CustomerImports;
import dev.patron.core.customer.file.CustomerRejections;
import dev.patron.kit.jobs.FileFormat;
import dev.patron.core.customer.file.MatchMode;
import dev.patron.core.customer.file.UploadScan;
import dev.patron.core.tenant.TenantContext;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.StreamedUpload;
import dev.patron.kit.jobs.Job;
import dev.patron.kit.jobs.JobJson;
import dev.patron.kit.jobs.JobStore;
import dev.patron.kit.jobs.JobWorker;
import dev.patron.kit.jobs.NewJob;
import dev.patron.core.customer.file.CustomerImportWork;
import dev.patron.kit.jobs.RejectionDownload;
import dev.patron.kit.sql.Rows;
import dev.patron.server.config.PatronConfig;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.TenantAuthHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * HTTP for customer file imports: upload a file (streamed to disk, checked, stored with its job,
 * answered at once), follow a job, list them, cancel one, download its rejected rows, and the
 * template of the columns.
 */
public final class CustomerImportRoutes {

  public static final String BASE = "/api/v1/customers/imports";
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Vertx vertx;
  private final Pool pool;
  private final SqlClient reader;
  private final PatronConfig.Imports limits;
  private final Clock clock;
  private final JobStore store = new JobStore(CustomerImports.TABLES, CustomerImports.SETTINGS);
  private final RejectionDownload rejections = new RejectionDownload(store);

  public CustomerImportRoutes(Vertx vertx, Pool pool, SqlClient reader, PatronConfig.Imports limits, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.reader = reader;
    this.limits = limits;
    this.clock = clock;
  }

  public void register(Endpoints endpoints) {
    endpoints.post("/customers/imports", this::upload);
    endpoints.get("/customers/imports", this::list);
    endpoints.get("/customers/imports/template", this::template);
    endpoints.get("/customers/imports/:importId", this::get);
    endpoints.post("/customers/imports/:importId/cancel", this::cancel);
    endpoints.get("/customers/imports/:importId/rejections", this::rejected);
  }

  /**
   * 202 with the queued job. The options are read first, then the body is streamed to a temporary
   * file, checked on a worker thread, and stored with the job in one transaction.
   */
  private Future<?> upload(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    FileFormat format = FileFormat.ofContentType(rc.request().getHeader("Content-Type"));
    if (format == null) {
      throw Problem.of(415, "unsupported-media-type", "Unsupported media type",
          "Send the file as text/csv or application/x-ndjson.").toException();
    }
    UploadRequest request = UploadRequest.read(rc.queryParams()::get);
    UUID tenantId = context.tenant().id();
    return store.admit(reader, tenantId, limits.maxJobsPerTenant())
        .compose(v -> StreamedUpload.toTemporaryFile(vertx, rc.request(), limits.maxFileBytes()))
        .compose(file -> vertx.executeBlocking(() -> UploadScan.scan(file, format, request.match(), request.dryRun(),
                request.charset(), request.separator(), request.mapping()), false)
            .compose(scanned -> store(context, format, scanned, file))
            .eventually(() -> StreamedUpload.delete(vertx, file)))
        .compose(job -> {
          JobWorker.wake(vertx, CustomerImports.TABLES);
          rc.response().putHeader("Location", BASE + "/" + job.id());
          return Responses.json(rc, 202, json(job));
        });
  }

  private Future<Job> store(TenantContext context, FileFormat format, UploadScan.Scanned scanned, Path file) {
    UUID tenantId = context.tenant().id();
    JsonObject options = scanned.options().toJson()
        .put(CustomerImportWork.STARTED_BY, context.requireActor().encode());
    return pool.withTransaction(tx -> store.admitLocked(tx, tenantId, limits.maxJobsPerTenant()).compose(v -> store.create(vertx, tx,
        new NewJob(tenantId, UUID.randomUUID(), format.id(), options, scanned.rows()), file, Rows.now(clock))));
  }

  private Future<?> list(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    return store.list(reader, context.tenant().id(), PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.jobs().stream().map(CustomerImportRoutes::json).toList(),
            page.nextCursor()));
  }

  private Future<?> get(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    return found(context, importId(rc)).compose(job -> Responses.ok(rc, json(job)));
  }

  /** 200 with the job: cancelled if it was queued, {@code cancelRequested} if running; 409 once finished otherwise. */
  private Future<?> cancel(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    return store.cancelImport(pool, context.tenant().id(), importId(rc), Rows.now(clock)).compose(job -> Responses.ok(rc, json(job)));
  }

  private Future<?> rejected(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    return found(context, importId(rc)).compose(job -> rejections.send(rc.response(), reader, job,
        CustomerRejections.contentType(job), CustomerRejections.fileName(job), CustomerRejections.head(job),
        rejection -> CustomerRejections.row(job, rejection)));
  }

  /** The columns as a CSV header in the language asked for (semicolons for de and fr, as their spreadsheets write). */
  private Future<?> template(RoutingContext rc) {
    String language = rc.queryParams().get("language");
    ImportTemplate template = ImportTemplate.of(language == null ? "en" : language);
    rc.response().putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"customers-template-" + template.language() + ".csv\"");
    return rc.response().end(template.csv());
  }

  private Future<Job> found(TenantContext context, UUID id) {
    return store.findImport(reader, context.tenant().id(), id);
  }

  static JsonObject json(Job job) {
    JsonObject json = JobJson.of(job, CustomerImports.LABELS);
    JsonObject options = job.options();
    json.put("match", options.getString("match")).put("dryRun", options.getBoolean("dryRun"));
    JsonObject csv = options.getJsonObject("csv");
    // How a CSV file is read, as ImportOptions keeps it: charset, separator, header and columns.
    return csv == null ? json : json.put("csv", csv.copy());
  }

  private static UUID importId(RoutingContext rc) {
    return Requests.pathId(rc, "importId", "import");
  }

  /** The upload's query parameters, read whole: a 400 naming every invalid one. */
  record UploadRequest(MatchMode match, boolean dryRun, Charset charset, char separator, JsonObject mapping) {

    static UploadRequest read(java.util.function.Function<String, String> params) {
      List<FieldError> errors = new java.util.ArrayList<>();
      String matchParam = params.apply("match");
      MatchMode match = matchParam == null ? MatchMode.REFERENCE_ID : MatchMode.of(matchParam);
      if (match == null) {
        errors.add(new FieldError("match", "must be referenceId, email or none"));
      }
      String dryRunParam = params.apply("dryRun");
      boolean dryRun = "true".equals(dryRunParam);
      if (dryRunParam != null && !dryRun && !"false".equals(dryRunParam)) {
        errors.add(new FieldError("dryRun", "must be true or false"));
      }
      String charsetParam = params.apply("charset");
      Charset charset = StandardCharsets.UTF_8;
      if (charsetParam != null) {
        String name = charsetParam.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("windows-1252") || name.equals("cp1252")) {
          charset = WINDOWS_1252;
        } else if (!name.equals("utf-8") && !name.equals("utf8")) {
          errors.add(new FieldError("charset", "must be utf-8 or windows-1252"));
        }
      }
      String separatorParam = params.apply("separator");
      char separator = 0;
      if (separatorParam != null) {
        switch (separatorParam) {
          case ",", "comma" -> separator = ',';
          case ";", "semicolon" -> separator = ';';
          case "auto" -> separator = 0;
          default -> errors.add(new FieldError("separator", "must be comma, semicolon or auto"));
        }
      }
      JsonObject mapping = null;
      String mappingParam = params.apply("mapping");
      if (mappingParam != null) {
        try {
          mapping = new JsonObject(mappingParam);
          if (mapping.size() > 200) {
            errors.add(new FieldError("mapping", "maps at most 200 columns"));
          }
        } catch (DecodeException | ClassCastException e) {
          errors.add(new FieldError("mapping", "must be a JSON object of column names to customer fields (or null)"));
        }
      }
      if (!errors.isEmpty()) {
        throw Problems.validation(errors);
      }
      return new UploadRequest(match, dryRun, charset, separator, mapping);
    }
  }
}
