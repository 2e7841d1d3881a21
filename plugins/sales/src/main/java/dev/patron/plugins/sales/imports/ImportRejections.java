package dev.patron.plugins.sales.imports;

import dev.patron.kit.jobs.FileFormat;
import dev.patron.kit.jobs.RejectionFiles;
import dev.patron.kit.jobs.Job;
import dev.patron.kit.jobs.Rejection;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The rejected rows of an import as a file in the import's format: the original row plus its
 * errors.
 *
 * <ul>
 *   <li>CSV: the file's header and, per row, its fields as they were, then {@code rejectedRow}
 *       (its number) and {@code errors} ({@code field: message; ...}). An import ignores those
 *       two columns, so a corrected file can be imported as it is.
 *   <li>NDJSON: per row {@code {"row": 12, "errors": [{"field", "message"}], "original": "<the line>"}}.
 * </ul>
 */
final class ImportRejections {

  private ImportRejections() {
  }

  static String contentType(Job job) {
    return FileFormat.ofId(job.format()).mediaType() + "; charset=utf-8";
  }

  static String fileName(Job job) {
    return "import-" + job.id() + "-rejected." + job.format();
  }

  static Buffer head(Job job) {
    if (FileFormat.ofId(job.format()) != FileFormat.CSV) {
      return Buffer.buffer();
    }
    return RejectionFiles.csvHead(separator(job), header(job), ReceiptColumns.IGNORED);
  }

  static Buffer row(Job job, Rejection rejection) {
    if (FileFormat.ofId(job.format()) != FileFormat.CSV) {
      return RejectionFiles.ndjsonRow(rejection);
    }
    return RejectionFiles.csvRow(separator(job), header(job), ReceiptColumns.IGNORED, rejection);
  }

  private static char separator(Job job) {
    return csv(job).getString("separator").charAt(0);
  }

  private static List<String> header(Job job) {
    List<String> header = new ArrayList<>();
    csv(job).getJsonArray("header").forEach(column -> header.add((String) column));
    return header;
  }

  private static JsonObject csv(Job job) {
    return job.options().getJsonObject("csv");
  }
}
