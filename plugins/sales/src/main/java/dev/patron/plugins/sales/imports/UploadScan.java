package dev.patron.plugins.sales.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import dev.patron.api.problem.FieldError;
import dev.patron.kit.jobs.FileFormat;
import dev.patron.kit.jobs.UploadChecks;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an uploaded file, streamed to disk, before a job is queued for it, on a worker thread
 * (it reads the whole file): it has rows, not more than {@link SalesImports#MAX_ROWS}, none longer than {@link
 * SalesImports#MAX_ROW_BYTES}, and a CSV file a header of known columns. Counts the rows with the
 * very readers the job uses, so the count is the job's total; finds a CSV file's separator.
 */
final class UploadScan {

  /** The file's rows, and what the job must know to read it again (a CSV file's separator and header). */
  record Scanned(long rows, JsonObject options) {
  }

  private UploadScan() {
  }

  static Scanned scan(FileFormat format, Path file) {
    try {
      Scanned scanned = format == FileFormat.NDJSON ? ndjson(file) : csv(file);
      UploadChecks.rowCount(scanned.rows(), SalesImports.MAX_ROWS);
      return scanned;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scanned ndjson(Path file) throws IOException {
    return new Scanned(UploadChecks.ndjsonRows(file, SalesImports.MAX_ROW_BYTES, "a receipt"), new JsonObject());
  }

  private static Scanned csv(Path file) throws IOException {
    char separator = UploadChecks.csvSeparator(file, SalesImports.MAX_ROW_BYTES);
    try (CsvRows rows = new CsvRows(Files.newInputStream(file), separator)) {
      List<FieldError> errors = ReceiptColumns.checkHeader(rows.header());
      if (!errors.isEmpty()) {
        throw UploadChecks.refusal("import-bad-header", "The CSV header must name columns of a receipt (receiptId, closedAt,"
            + " lines, total, payments, and optional others); see the guide.", errors);
      }
      long count = rows.count();
      return new Scanned(count, new JsonObject().put("csv", new JsonObject()
          .put("separator", String.valueOf(separator)).put("header", new JsonArray(List.copyOf(rows.header())))));
    } catch (CsvParseException e) {
      throw UploadChecks.unreadableCsv(e, SalesImports.MAX_ROW_BYTES);
    }
  }
}
