package dev.patron.kit.jobs;

import de.siegmar.fastcsv.reader.CsvParseException;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The checks every import makes of an uploaded file on disk before it queues a job, and their
 * refusals: {@code 422} problems of the title "The file cannot be imported", each with its code.
 * Run on a worker thread: they read the file.
 */
public final class UploadChecks {

  private UploadChecks() {
  }

  /** A {@code 422} refusal of the file, with the field errors that say where (none: the file as a whole). */
  public static ProblemException refusal(String code, String detail, List<FieldError> errors) {
    return new Problem(422, code, "The file cannot be imported", detail, errors, Map.of()).toException();
  }

  /** The file's row count, when it has rows and not more than {@code maxRows}; else its refusal. */
  public static long rowCount(long rows, long maxRows) {
    if (rows == 0) {
      throw refusal("import-empty", "The file has no rows.", List.of());
    }
    if (rows > maxRows) {
      throw refusal("import-too-many-rows", "The file has " + rows + " rows; an import takes at most " + maxRows
          + ". Split it into several files.", List.of());
    }
    return rows;
  }

  /**
   * The rows of an NDJSON file, as {@link NdjsonRows} reads them; refused when a line is longer
   * than {@code maxLineBytes}.
   *
   * @param what what one line holds, for the refusal: "a receipt", "a customer"
   */
  public static long ndjsonRows(Path file, int maxLineBytes, String what) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      NdjsonRows.Count count = new NdjsonRows(in, maxLineBytes).count();
      if (count.firstTooLong() > 0) {
        throw refusal("import-row-too-long", "Line " + count.firstTooLong() + " is longer than " + maxLineBytes
            + " bytes; " + what + " is at most that.", List.of());
      }
      return count.rows();
    }
  }

  /** A CSV file's separator, from as much of its first line as {@code maxLineBytes} holds ({@link CsvSeparator}). */
  public static char csvSeparator(Path file, int maxLineBytes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(maxLineBytes);
      return CsvSeparator.detect(head, head.length);
    }
  }

  /** The refusal of a CSV file FastCSV cannot read (a record past its size bound among them). */
  public static ProblemException unreadableCsv(CsvParseException e, int maxRecordChars) {
    return refusal("import-unreadable", "The file is not CSV this import can read: " + e.getMessage()
        + " (a record is at most " + maxRecordChars + " characters).", List.of());
  }
}
