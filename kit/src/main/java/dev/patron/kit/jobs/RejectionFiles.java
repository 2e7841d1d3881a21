package dev.patron.kit.jobs;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.patron.api.problem.FieldError;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A job's rejected rows as a file in the format it imported, for {@link RejectionDownload}:
 *
 * <ul>
 *   <li>CSV: the file's header and, per row, its fields as they were (a {@link SourceRow}'s
 *       original as a JSON array of fields), then {@value #ROW_COLUMN} (its number) and {@value
 *       #ERRORS_COLUMN} ({@code field: message; ...}). An import should ignore those two columns,
 *       so a corrected file can be imported again as it is; columns named in {@code ignored} (those
 *       two, from a file that was itself a rejected-rows file) are left out.
 *   <li>NDJSON: per row {@code {"row": 12, "errors": [{"field", "message"}], "original": "<the line>"}}.
 * </ul>
 */
public final class RejectionFiles {

  public static final String ROW_COLUMN = "rejectedRow";
  public static final String ERRORS_COLUMN = "errors";
  /** The columns a rejected-rows file adds, which an import of it ignores. */
  public static final Set<String> ADDED_COLUMNS = Set.of(ROW_COLUMN, ERRORS_COLUMN);

  private RejectionFiles() {
  }

  /** The CSV file's first line: the imported header without {@code ignored}, then the two added columns. */
  public static Buffer csvHead(char separator, List<String> header, Set<String> ignored) {
    List<String> names = new ArrayList<>(header);
    names.removeAll(ignored);
    names.add(ROW_COLUMN);
    names.add(ERRORS_COLUMN);
    return line(separator, names);
  }

  /** A rejected row of a CSV file: its fields as they were, its number and its errors. */
  public static Buffer csvRow(char separator, List<String> header, Set<String> ignored, Rejection rejection) {
    List<String> fields = new ArrayList<>();
    JsonArray original = new JsonArray(rejection.original());
    for (int i = 0; i < original.size(); i++) {
      if (i >= header.size() || !ignored.contains(header.get(i))) {
        fields.add(original.getString(i));
      }
    }
    fields.add(String.valueOf(rejection.rowNumber()));
    fields.add(rejection.errors().stream().map(RejectionFiles::text).collect(Collectors.joining("; ")));
    return line(separator, fields);
  }

  /** A rejected line of an NDJSON file. */
  public static Buffer ndjsonRow(Rejection rejection) {
    JsonArray errors = new JsonArray();
    rejection.errors().forEach(error -> errors.add(error.toJson()));
    return new JsonObject().put("row", rejection.rowNumber()).put("errors", errors)
        .put("original", rejection.original()).toBuffer().appendString("\n");
  }

  private static String text(FieldError error) {
    return error.field() + ": " + error.message();
  }

  private static Buffer line(char separator, List<String> fields) {
    StringWriter text = new StringWriter();
    try (CsvWriter writer = CsvWriter.builder().fieldSeparator(separator).lineDelimiter(LineDelimiter.CRLF)
        .build(text)) {
      writer.writeRecord(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return Buffer.buffer(text.toString());
  }
}
