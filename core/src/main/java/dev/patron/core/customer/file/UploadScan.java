package dev.patron.core.customer.file;

import de.siegmar.fastcsv.reader.CsvParseException;
import dev.patron.api.problem.FieldError;
import dev.patron.kit.jobs.FileFormat;
import dev.patron.kit.jobs.UploadChecks;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an uploaded file before a job is queued for it, on a worker thread (it reads the whole
 * file from disk): it has rows, not more than {@link CustomerImports#MAX_ROWS}, none longer than
 * {@link CustomerImports#MAX_ROW_BYTES}; a CSV file is in its charset, and its header maps to
 * customer fields. Counts the rows with the very readers the job uses, so the count is the job's
 * total; finds a CSV file's separator unless given.
 */
public final class UploadScan {

  /** The file's rows, and the options the job reads it again with. */
  public record Scanned(long rows, ImportOptions options) {
  }

  private UploadScan() {
  }

  /**
   * @param separator {@code ','} or {@code ';'}, or {@code 0} to detect it
   * @param mapping the explicit column mapping, or {@code null}
   */
  public static Scanned scan(Path file, FileFormat format, MatchMode match, boolean dryRun, Charset charset,
      char separator, JsonObject mapping) {
    try {
      Scanned scanned = format == FileFormat.NDJSON
          ? ndjson(file, match, dryRun)
          : csv(file, match, dryRun, charset, separator, mapping);
      UploadChecks.rowCount(scanned.rows(), CustomerImports.MAX_ROWS);
      return scanned;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scanned ndjson(Path file, MatchMode match, boolean dryRun) throws IOException {
    return new Scanned(UploadChecks.ndjsonRows(file, CustomerImports.MAX_ROW_BYTES, "a customer"),
        new ImportOptions(match, dryRun, null, ',', null, null));
  }

  private static Scanned csv(Path file, MatchMode match, boolean dryRun, Charset charset, char separator,
      JsonObject mapping) throws IOException {
    char chosen = separator != 0 ? separator : UploadChecks.csvSeparator(file, CustomerImports.MAX_ROW_BYTES);
    try (CustomerCsvRows rows = new CustomerCsvRows(Files.newInputStream(file), charset, chosen, null)) {
      if (rows.header().isEmpty()) {
        throw UploadChecks.refusal("import-empty", "The file has no header and no rows.", List.of());
      }
      List<FieldError> errors = new ArrayList<>();
      List<String> columns = HeaderMapping.resolve(rows.header(), mapping, errors);
      if (!errors.isEmpty()) {
        throw UploadChecks.refusal("import-bad-header", "The CSV header must name customer fields, as the template"
            + " (GET /api/v1/customers/imports/template) does, or be mapped to them.", errors);
      }
      long count = rows.count();
      return new Scanned(count, new ImportOptions(match, dryRun, charset.name(), chosen, rows.header(), columns));
    } catch (CsvParseException e) {
      throw UploadChecks.unreadableCsv(e, CustomerImports.MAX_ROW_BYTES);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw UploadChecks.refusal("import-wrong-charset", "The file is not " + charset.name() + " throughout. A file saved by"
            + " Excel on Windows is often windows-1252: send charset=windows-1252.", List.of());
      }
      throw e;
    }
  }
}
