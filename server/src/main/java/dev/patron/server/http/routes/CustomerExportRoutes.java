package dev.patron.server.http.routes;

import dev.patron.kit.jobs.FileFormat;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import dev.patron.api.customer.Customer;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.core.customer.CustomerJson;
import dev.patron.core.customer.CustomerListQuery;
import dev.patron.core.customer.CustomerService;
import dev.patron.core.customer.CustomerSort;
import dev.patron.core.customer.file.CustomerCells;
import dev.patron.core.customer.file.CustomerColumns;
import dev.patron.core.tenant.TenantContext;
import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.TenantAuthHandler;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /api/v1/customers/export}: every customer the list's filters match, as one file that
 * the import takes back. It walks the list ({@link CustomerService#list}) a page of {@value
 * PageRequest#MAX_LIMIT} at a time, so a search, filter or sort means what it means for the list,
 * and memory holds one page whatever the number of customers. The status line and headers go out
 * at once; each page is written as one buffer, and the next page is only read once the client has
 * taken the last (backpressure). A client that goes away stops the export.
 *
 * <ul>
 *   <li>{@code csv} (the default): UTF-8 with a byte order mark, comma separated, CRLF between
 *       records (RFC 4180, quoted where needed, line breaks in notes included); a header row of the
 *       column paths ({@link CustomerColumns#standard()}, then {@code extensions.<pluginId>.<field>}
 *       for each field of an enabled plugin that any of the tenant's customers has), and a row per
 *       customer ({@link CustomerCells#cells}).
 *   <li>{@code ndjson}: per customer a line with its writable document ({@link CustomerJson#writable},
 *       the enabled plugins' extensions included, no id or version), as the import takes it.
 * </ul>
 *
 * <p>Without {@code q} or {@code sort}, customers come oldest first ({@code createdAt}), not by
 * name as in the list: creation never changes, so a customer edited while the export runs is still
 * exported exactly once.
 */
public final class CustomerExportRoutes {

  /** Excel reads a CSV file as UTF-8 only when it starts with one. */
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The format a {@code format} parameter names ({@code csv} when absent or blank), or {@code null}. */
  static FileFormat format(String param) {
    if (param == null || param.isBlank()) {
      return FileFormat.CSV;
    }
    for (FileFormat format : FileFormat.values()) {
      if (format.id().equals(param.strip())) {
        return format;
      }
    }
    return null;
  }

  private static String contentType(FileFormat format) {
    return format == FileFormat.CSV ? format.mediaType() + "; charset=utf-8" : format.mediaType();
  }

  private final CustomerService customers;
  private final Clock clock;

  public CustomerExportRoutes(CustomerService customers, Clock clock) {
    this.customers = customers;
    this.clock = clock;
  }

  /** Register before {@code GET /customers/:customerId}, which would otherwise take {@code export} for an id. */
  public void register(Endpoints endpoints) {
    endpoints.get("/customers/export", this::export);
  }

  private Future<?> export(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    String formatParam = rc.queryParams().get("format");
    FileFormat format = format(formatParam);
    FieldError formatError = format == null ? formatError(formatParam) : null;
    CustomerListQuery query = query(rc.queryParams()::get, formatError);
    if (formatError != null) {
      throw Problems.validation(List.of(formatError));
    }
    HttpServerResponse response = rc.response()
        .setChunked(true)
        .putHeader("Content-Type", contentType(format))
        .putHeader("Content-Disposition", "attachment; filename=\"" + fileName(context, format) + "\"")
        // Personal data: no cache keeps a copy.
        .putHeader("Cache-Control", "no-store");
    return new Stream(rc, response, context, format).start(query);
  }

  /**
   * The list query for the first page: the list's parameters and rules, with {@code createdAt} for
   * the sort when neither {@code sort} nor {@code q} is given. A 400 names every invalid parameter,
   * {@code format} included when {@code formatError} is not {@code null}.
   */
  static CustomerListQuery query(Function<String, String> params, FieldError formatError) {
    boolean defaultSort = blank(params.apply("sort")) && blank(params.apply("q"));
    Function<String, String> withDefault = name -> defaultSort && name.equals("sort")
        ? CustomerSort.CREATED.param()
        : params.apply(name);
    try {
      return CustomerListQuery.parse(withDefault, new PageRequest(PageRequest.MAX_LIMIT, null));
    } catch (ProblemException invalid) {
      if (formatError == null) {
        throw invalid;
      }
      List<FieldError> errors = new ArrayList<>();
      errors.add(formatError);
      errors.addAll(invalid.problem().errors());
      throw Problems.validation(errors);
    }
  }

  private static FieldError formatError(String given) {
    return new FieldError("format", "must be csv or ndjson, not '" + given + "'");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** {@code customers-<date>.csv}, dated in the tenant's time zone. */
  private String fileName(TenantContext context, FileFormat format) {
    return "customers-" + LocalDate.now(clock.withZone(context.tenant().zone())) + "." + format.id();
  }

  /** The CSV columns: the standard ones, then each plugin field found, by plugin then field. */
  static List<String> columns(Map<String, List<String>> extensionFields) {
    List<String> columns = new ArrayList<>();
    CustomerColumns.standard().forEach(column -> columns.add(column.path()));
    extensionFields.forEach((pluginId, fields) ->
        fields.forEach(field -> columns.add(CustomerColumns.EXTENSIONS + pluginId + "." + field)));
    return columns;
  }

  /** CSV records (RFC 4180: comma, double quotes where needed, CRLF) as one text. */
  static String csv(List<List<String>> records) {
    StringWriter text = new StringWriter();
    try (CsvWriter writer = CsvWriter.builder().fieldSeparator(',').quoteCharacter('"')
        .quoteStrategy(QuoteStrategies.REQUIRED).lineDelimiter(LineDelimiter.CRLF).build(text)) {
      for (List<String> record : records) {
        writer.writeRecord(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  /** A customer's writable document with the extensions the tenant sees: an NDJSON line, a CSV row's source. */
  static JsonObject document(Customer customer, TenantContext context) {
    return CustomerJson.writable(customer, context.visibleExtensions(customer.extensions()));
  }

  /** One export in progress: reads a page, writes it, waits until the client took it, reads the next. */
  private final class Stream {

    private final RoutingContext rc;
    private final HttpServerResponse response;
    private final TenantContext context;
    private final FileFormat format;
    private final Promise<Void> done = Promise.promise();
    /** The CSV columns, once known; {@code null} for NDJSON. */
    private List<String> columns;
    /** Completed when the client has drained the write queue (or has gone). */
    private Promise<Void> drained;
    private boolean gone;

    Stream(RoutingContext rc, HttpServerResponse response, TenantContext context, FileFormat format) {
      this.rc = rc;
      this.response = response;
      this.context = context;
      this.format = format;
    }

    /**
     * Sends the head at once (and the BOM), then the pages. Completes when the file is sent or the
     * client went away; fails when reading failed, and the server then resets the connection (a
     * status cannot change once sent), so a client never takes a truncated file for a whole one.
     */
    Future<Void> start(CustomerListQuery first) {
      // Fails when the connection closes or breaks before the response ended.
      rc.addEndHandler(ended -> {
        if (ended.failed()) {
          stop();
        }
      });
      response.writeHead();
      if (format == FileFormat.NDJSON) {
        fetch(first);
        return done.future();
      }
      response.write(Buffer.buffer(BOM));
      customers.extensionFields(context).onComplete(found -> {
        if (found.failed()) {
          done.tryFail(found.cause());
          return;
        }
        columns = columns(found.result());
        fetch(first);
      });
      return done.future();
    }

    private void stop() {
      gone = true;
      if (drained != null) {
        drained.tryComplete();
      }
    }

    private void fetch(CustomerListQuery query) {
      if (gone || response.closed()) {
        done.tryComplete();
        return;
      }
      customers.list(context, query).onComplete(listed -> {
        if (listed.failed()) {
          done.tryFail(listed.cause());
          return;
        }
        if (gone || response.closed()) {
          done.tryComplete();
          return;
        }
        Page<Customer> page = listed.result();
        Buffer chunk;
        try {
          chunk = render(page.items(), query.page().after() == null);
        } catch (RuntimeException e) {
          done.tryFail(e);
          return;
        }
        if (chunk.length() > 0) {
          response.write(chunk);
        }
        if (page.nextCursor() == null) {
          response.end().onComplete(ended -> done.tryComplete());
          return;
        }
        CustomerListQuery next = query.withPage(PageRequest.of(String.valueOf(PageRequest.MAX_LIMIT), page.nextCursor()));
        writable().onComplete(ready -> fetch(next));
      });
    }

    /** A page as one buffer; the first CSV page starts with the header row. */
    private Buffer render(List<Customer> page, boolean first) {
      if (format == FileFormat.NDJSON) {
        Buffer lines = Buffer.buffer(page.size() * 512);
        for (Customer customer : page) {
          lines.appendBuffer(document(customer, context).toBuffer()).appendByte((byte) '\n');
        }
        return lines;
      }
      List<List<String>> records = new ArrayList<>(page.size() + 1);
      if (first) {
        records.add(columns);
      }
      for (Customer customer : page) {
        records.add(CustomerCells.cells(document(customer, context), columns));
      }
      return Buffer.buffer(csv(records));
    }

    /** Completes at once while the client keeps up, else once it has drained what was written. */
    private Future<Void> writable() {
      if (gone || !response.writeQueueFull()) {
        return Future.succeededFuture();
      }
      drained = Promise.promise();
      Promise<Void> waiting = drained;
      response.drainHandler(v -> waiting.tryComplete());
      return waiting.future();
    }
  }
}
