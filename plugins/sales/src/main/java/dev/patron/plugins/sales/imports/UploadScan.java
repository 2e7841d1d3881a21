package dev.patron.plugins.sales.imports;

import dev.patron.kit.jobs.FileFormat;
import dev.patron.kit.jobs.CsvSeparator;
import dev.patron.kit.jobs.NdjsonRows;

import de.siegmar.fastcsv.reader.CsvParseException;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

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
      if (scanned.rows() == 0) {
        throw refusal("import-empty", "The file has no rows.", List.of());
      }
      if (scanned.rows() > SalesImports.MAX_ROWS) {
        throw refusal("import-too-many-rows", "The file has " + scanned.rows() + " rows; an import takes at most "
            + SalesImports.MAX_ROWS + ". Split it into several files.", List.of());
      }
      return scanned;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scanned ndjson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      NdjsonRows.Count count = new NdjsonRows(in, SalesImports.MAX_ROW_BYTES).count();
      if (count.firstTooLong() > 0) {
        throw refusal("import-row-too-long", "Line " + count.firstTooLong() + " is longer than "
            + SalesImports.MAX_ROW_BYTES + " bytes; a receipt is at most that.", List.of());
      }
      return new Scanned(count.rows(), new JsonObject());
    }
  }

  private static Scanned csv(Path file) throws IOException {
    char separator = separator(file);
    try (CsvRows rows = new CsvRows(Files.newInputStream(file), separator)) {
      List<FieldError> errors = ReceiptColumns.checkHeader(rows.header());
      if (!errors.isEmpty()) {
        throw refusal("import-bad-header", "The CSV header must name columns of a receipt (receiptId, closedAt,"
            + " lines, total, payments, and optional others); see the guide.", errors);
      }
      long count = rows.count();
      return new Scanned(count, new JsonObject().put("csv", new JsonObject()
          .put("separator", String.valueOf(separator)).put("header", new JsonArray(List.copyOf(rows.header())))));
    } catch (CsvParseException e) {
      throw refusal("import-unreadable", "The file is not CSV this import can read: " + e.getMessage()
          + " (a record is at most " + SalesImports.MAX_ROW_BYTES + " characters).", List.of());
    }
  }

  /** Comma or semicolon, whichever the first line has more of outside quotes ({@link CsvSeparator}). */
  static char separator(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(SalesImports.MAX_ROW_BYTES);
      return CsvSeparator.detect(head, head.length);
    }
  }

  private static ProblemException refusal(String code, String detail, List<FieldError> errors) {
    return new Problem(422, code, "The file cannot be imported", detail, errors, Map.of()).toException();
  }
}
