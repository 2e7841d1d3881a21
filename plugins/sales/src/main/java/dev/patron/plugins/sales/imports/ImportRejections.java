package dev.patron.plugins.sales.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.patron.api.problem.FieldError;
import dev.patron.kit.jobs.Job;
import dev.patron.kit.jobs.Rejection;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
    return ImportFormat.ofId(job.format()).mediaType() + "; charset=utf-8";
  }

  static String fileName(Job job) {
    return "import-" + job.id() + "-rejected." + job.format();
  }

  static Buffer head(Job job) {
    if (ImportFormat.ofId(job.format()) != ImportFormat.CSV) {
      return Buffer.buffer();
    }
    List<String> header = new ArrayList<>();
    csv(job).getJsonArray("header").forEach(column -> header.add((String) column));
    header.removeAll(ReceiptColumns.IGNORED);
    header.add("rejectedRow");
    header.add("errors");
    return line(job, header);
  }

  static Buffer row(Job job, Rejection rejection) {
    if (ImportFormat.ofId(job.format()) != ImportFormat.CSV) {
      JsonArray errors = new JsonArray();
      rejection.errors().forEach(error -> errors.add(error.toJson()));
      return new JsonObject().put("row", rejection.rowNumber()).put("errors", errors)
          .put("original", rejection.original()).toBuffer().appendString("\n");
    }
    List<String> fields = new ArrayList<>();
    JsonArray header = csv(job).getJsonArray("header");
    JsonArray original = new JsonArray(rejection.original());
    for (int i = 0; i < original.size(); i++) {
      if (i >= header.size() || !ReceiptColumns.IGNORED.contains(header.getString(i))) {
        fields.add(original.getString(i));
      }
    }
    fields.add(String.valueOf(rejection.rowNumber()));
    fields.add(rejection.errors().stream().map(ImportRejections::text).collect(Collectors.joining("; ")));
    return line(job, fields);
  }

  private static String text(FieldError error) {
    return error.field() + ": " + error.message();
  }

  private static Buffer line(Job job, List<String> fields) {
    StringWriter text = new StringWriter();
    try (CsvWriter writer = CsvWriter.builder().fieldSeparator(csv(job).getString("separator").charAt(0))
        .lineDelimiter(LineDelimiter.CRLF).build(text)) {
      writer.writeRecord(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return Buffer.buffer(text.toString());
  }

  private static JsonObject csv(Job job) {
    return job.options().getJsonObject("csv");
  }
}
