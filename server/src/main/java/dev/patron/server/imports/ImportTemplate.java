package dev.patron.server.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problems;
import dev.patron.core.customer.file.CustomerColumns;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The import's template: a CSV file of just the header, in the language a restaurant's staff
 * read, as their spreadsheet would save it — UTF-8 with a BOM (so Excel reads the accents), commas
 * in English, semicolons in German and French.
 */
record ImportTemplate(String language) {

  static ImportTemplate of(String language) {
    if (!CustomerColumns.LANGUAGES.contains(language)) {
      throw Problems.validation(List.of(new FieldError("language", "must be one of " + CustomerColumns.LANGUAGES)));
    }
    return new ImportTemplate(language);
  }

  char separator() {
    return language.equals("en") ? ',' : ';';
  }

  Buffer csv() {
    StringWriter text = new StringWriter().append('\uFEFF');
    try (CsvWriter writer = CsvWriter.builder().fieldSeparator(separator()).lineDelimiter(LineDelimiter.CRLF)
        .build(text)) {
      writer.writeRecord(CustomerColumns.standard().stream().map(column -> column.header(language)).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return Buffer.buffer(text.toString());
  }
}
