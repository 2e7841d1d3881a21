package dev.patron.plugins.sales.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.patron.api.problem.FieldError;
import dev.patron.kit.jobs.RowSource;
import dev.patron.kit.jobs.SourceRow;
import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file's receipts ({@link ReceiptColumns}), read by FastCSV: RFC 4180, UTF-8 with or
 * without a BOM, quoted fields with line breaks, comma or semicolon (detected from the header at
 * upload and kept with the job), empty lines skipped, records bounded in size. The first record is
 * the header; row 1 is the first record after it. A row keeps its fields, as a JSON array, for
 * the rejected-rows file.
 */
final class CsvRows implements RowSource {

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final List<String> header;
  private long number;

  CsvRows(InputStream in, char separator) {
    this.reader = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true).skipEmptyLines(true)
        .allowExtraFields(true).allowMissingFields(true).maxBufferSize(SalesImports.MAX_ROW_BYTES)
        .ofCsvRecord(in, StandardCharsets.UTF_8);
    this.records = reader.iterator();
    this.header = records.hasNext() ? records.next().getFields().stream().map(String::strip).toList() : List.of();
  }

  /** The header's column names, trimmed. */
  List<String> header() {
    return header;
  }

  /** How many rows {@link #next} yields; a record past the size bound fails it ({@link CsvParseException}). */
  long count() {
    long rows = 0;
    while (records.hasNext()) {
      records.next();
      rows++;
    }
    return rows;
  }

  @Override
  public SourceRow next() {
    if (!records.hasNext()) {
      return null;
    }
    List<String> fields = records.next().getFields();
    number++;
    String original = new JsonArray(new ArrayList<>(fields)).encode();
    List<FieldError> errors = new ArrayList<>();
    Object body = ReceiptColumns.body(header, fields, errors);
    return errors.isEmpty() ? SourceRow.parsed(number, original, body) : SourceRow.unreadable(number, original, errors);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
