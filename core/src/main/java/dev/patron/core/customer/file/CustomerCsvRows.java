package dev.patron.core.customer.file;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.patron.api.problem.FieldError;
import dev.patron.core.customer.file.CustomerColumns.Column;
import dev.patron.kit.jobs.RowSource;
import dev.patron.kit.jobs.SourceRow;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file's customers, read by FastCSV: RFC 4180 with quoted fields across lines, UTF-8 with
 * or without a BOM (or Windows-1252, when the import says so; a byte the charset cannot read fails
 * the file), comma or semicolon, empty lines skipped, records bounded in size. The first record is the header; row 1 is the record after it.
 * A row keeps its fields, as a JSON array, for the rejected-rows file.
 */
public final class CustomerCsvRows implements RowSource {

  /** A UTF-8 file's byte order mark, as the reader decodes it. */
  private static final String BOM = "\uFEFF";

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final List<String> header;
  private final List<Column> columns;
  private long number;

  /**
   * @param charset how the file's bytes are read; bytes it cannot read fail the read (an {@link
   *     java.io.UncheckedIOException}) rather than becoming replacement characters
   * @param columns the column path of each field ({@code null}: ignored); {@code null} to read the header only
   */
  public CustomerCsvRows(InputStream in, Charset charset, char separator, List<String> columns) {
    Reader text = new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    this.reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
        .allowExtraFields(true).allowMissingFields(true).maxBufferSize(CustomerImports.MAX_ROW_BYTES)
        .ofCsvRecord(text);
    this.records = reader.iterator();
    this.header = records.hasNext()
        ? records.next().getFields().stream().map(name -> name.replace(BOM, "").strip()).toList()
        : List.of();
    this.columns = columns == null ? null
        : columns.stream().map(path -> path == null ? null : CustomerColumns.named(path).orElseThrow()).toList();
  }

  /** The header's names, trimmed. */
  public List<String> header() {
    return header;
  }

  /** How many rows {@link #next} yields; a record past the size bound fails it. */
  public long count() {
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
    if (fields.size() > columns.size() && fields.subList(columns.size(), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
      errors.add(new FieldError("row", "has " + fields.size() + " fields; the header names " + columns.size()));
    }
    JsonObject document = CustomerCells.document(columns, fields, errors);
    return errors.isEmpty() ? SourceRow.parsed(number, original, document) : SourceRow.unreadable(number, original, errors);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
