package dev.patron.kit.jobs;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.vertx.core.json.JsonArray;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file as an import reads it, by FastCSV: RFC 4180 with quoted fields across lines, empty
 * lines skipped, records bounded in size (a record past the bound fails the read with FastCSV's
 * {@code CsvParseException}), rows of any length. The first record is the header; record 1 is the
 * one after it. Each record keeps its fields as a JSON array: the row as it was, for the
 * rejected-rows file ({@link RejectionFiles}).
 */
public final class CsvRecords implements Closeable {

  /** A UTF-8 file's byte order mark, as a reader decodes it. */
  private static final String BOM = "\uFEFF";

  /** One record after the header: its number, its fields, and the fields as the original row. */
  public record Record(long number, List<String> fields, String original) {
  }

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final List<String> header;
  private long number;

  /** @param maxRecordChars the longest record, in characters */
  public CsvRecords(Reader text, char separator, int maxRecordChars) {
    this.reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
        .allowExtraFields(true).allowMissingFields(true).maxBufferSize(maxRecordChars)
        .ofCsvRecord(text);
    this.records = reader.iterator();
    this.header = records.hasNext()
        ? records.next().getFields().stream().map(name -> name.replace(BOM, "").strip()).toList()
        : List.of();
  }

  /** The header's names, trimmed (and without a byte order mark). */
  public List<String> header() {
    return header;
  }

  /** How many records {@link #next} yields. */
  public long count() {
    long count = 0;
    while (records.hasNext()) {
      records.next();
      count++;
    }
    return count;
  }

  /** The next record, or {@code null} after the last. */
  public Record next() {
    if (!records.hasNext()) {
      return null;
    }
    List<String> fields = records.next().getFields();
    number++;
    return new Record(number, fields, new JsonArray(new ArrayList<>(fields)).encode());
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
