package dev.patron.plugins.sales.imports;

import dev.patron.api.problem.FieldError;
import dev.patron.kit.jobs.CsvRecords;
import dev.patron.kit.jobs.RowSource;
import dev.patron.kit.jobs.SourceRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file's receipts ({@link ReceiptColumns}), read as the kit reads CSV ({@link CsvRecords}):
 * UTF-8 with or without a BOM, comma or semicolon (detected from the header at upload and kept
 * with the job), records bounded in size. Row 1 is the first record after the header.
 */
final class CsvRows implements RowSource {

  private final CsvRecords records;

  CsvRows(InputStream in, char separator) {
    this.records = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8), separator,
        SalesImports.MAX_ROW_BYTES);
  }

  /** The header's column names, trimmed. */
  List<String> header() {
    return records.header();
  }

  /** How many rows {@link #next} yields; a record past the size bound fails it. */
  long count() {
    return records.count();
  }

  @Override
  public SourceRow next() {
    CsvRecords.Record record = records.next();
    if (record == null) {
      return null;
    }
    List<FieldError> errors = new ArrayList<>();
    Object body = ReceiptColumns.body(records.header(), record.fields(), errors);
    return errors.isEmpty()
        ? SourceRow.parsed(record.number(), record.original(), body)
        : SourceRow.unreadable(record.number(), record.original(), errors);
  }

  @Override
  public void close() throws IOException {
    records.close();
  }
}
