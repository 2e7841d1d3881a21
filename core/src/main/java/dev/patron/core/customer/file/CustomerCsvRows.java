package dev.patron.core.customer.file;

import dev.patron.api.problem.FieldError;
import dev.patron.core.customer.file.CustomerColumns.Column;
import dev.patron.kit.jobs.CsvRecords;
import dev.patron.kit.jobs.RowSource;
import dev.patron.kit.jobs.SourceRow;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file's customers, read as the kit reads CSV ({@link CsvRecords}): UTF-8 with or without a
 * BOM, or Windows-1252 when the import says so (a byte the charset cannot read fails the file);
 * comma or semicolon. Row 1 is the first record after the header; each row's cells become a
 * customer document ({@link CustomerCells}).
 */
public final class CustomerCsvRows implements RowSource {

  private final CsvRecords records;
  private final List<Column> columns;

  /**
   * @param charset how the file's bytes are read; bytes it cannot read fail the read (an {@link
   *     java.io.UncheckedIOException}) rather than becoming replacement characters
   * @param columns the column path of each field ({@code null}: ignored); {@code null} to read the header only
   */
  public CustomerCsvRows(InputStream in, Charset charset, char separator, List<String> columns) {
    Reader text = new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    this.records = new CsvRecords(text, separator, CustomerImports.MAX_ROW_BYTES);
    this.columns = columns == null ? null
        : columns.stream().map(path -> path == null ? null : CustomerColumns.named(path).orElseThrow()).toList();
  }

  /** The header's names, trimmed. */
  public List<String> header() {
    return records.header();
  }

  /** How many rows {@link #next} yields; a record past the size bound fails it. */
  public long count() {
    return records.count();
  }

  @Override
  public SourceRow next() {
    CsvRecords.Record record = records.next();
    if (record == null) {
      return null;
    }
    List<String> fields = record.fields();
    List<FieldError> errors = new ArrayList<>();
    if (fields.size() > columns.size() && fields.subList(columns.size(), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
      errors.add(new FieldError("row", "has " + fields.size() + " fields; the header names " + columns.size()));
    }
    JsonObject document = CustomerCells.document(columns, fields, errors);
    return errors.isEmpty()
        ? SourceRow.parsed(record.number(), record.original(), document)
        : SourceRow.unreadable(record.number(), record.original(), errors);
  }

  @Override
  public void close() throws IOException {
    records.close();
  }
}
