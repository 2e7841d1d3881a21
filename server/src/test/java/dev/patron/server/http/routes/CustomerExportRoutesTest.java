package dev.patron.server.http.routes;

import dev.patron.kit.jobs.FileFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.ProblemException;
import dev.patron.core.customer.CustomerListQuery;
import dev.patron.core.customer.CustomerSort;
import dev.patron.core.customer.file.CustomerCells;
import dev.patron.core.customer.file.CustomerColumns;
import dev.patron.core.customer.file.CustomerColumns.Column;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerExportRoutesTest {

  @Test
  void aCsvRowReadsBackAsTheSameDocument() throws IOException {
    JsonObject document = new JsonObject()
        .put("referenceId", "#7")
        .put("firstName", "Zoë")
        .put("lastName", "O'Brien, \"Jr.\"")
        .put("email", null)
        .put("company", "Müller & Söhne")
        .put("taxId", null)
        .put("language", "de-AT")
        .put("primaryPhone", "+43 660 1234567")
        .put("secondaryPhone", null)
        .put("emailNotifications", true)
        .put("notes", "first line\nsecond, \"quoted\"\r\nthird 🌿")
        .put("primaryAddress", new JsonObject().put("street", "Kärntner Straße 1").put("postalCode", "1010")
            .put("city", "Wien").put("state", null).put("country", "AT"))
        .put("secondaryAddress", null)
        .put("extensions", new JsonObject().put("recorder", new JsonObject()
            .put("code", "42").put("count", 3).put("locked", false).put("tier", "gold")
            .put("tags", new JsonObject().put("vip", true))));
    List<String> columns = CustomerExportRoutes.columns(Map.of("recorder", List.of("code", "count", "locked", "tags", "tier")));

    String text = CustomerExportRoutes.csv(List.of(columns, CustomerCells.cells(document, columns)));

    List<List<String>> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
      reader.forEach(record -> records.add(record.getFields()));
    }
    assertEquals(2, records.size(), "line breaks inside notes stay inside one record");
    List<Column> header = records.get(0).stream().map(name -> CustomerColumns.named(name).orElseThrow()).toList();
    List<FieldError> errors = new ArrayList<>();
    assertEquals(document, CustomerCells.document(header, records.get(1), errors));
    assertEquals(List.of(), errors);
  }

  @Test
  void columnsAreTheStandardPathsThenEachPluginField() {
    List<String> columns = CustomerExportRoutes.columns(Map.of("recorder", List.of("locked", "tier")));
    assertEquals("referenceId", columns.get(0));
    assertEquals("secondaryAddress.country", columns.get(CustomerColumns.standard().size() - 1));
    assertEquals(List.of("extensions.recorder.locked", "extensions.recorder.tier"),
        columns.subList(CustomerColumns.standard().size(), columns.size()));
  }

  @Test
  void sortsOldestFirstUnlessToldOtherwise() {
    assertEquals(CustomerSort.CREATED, query(Map.of()).sort());
    assertEquals(CustomerSort.NAME_DESC, query(Map.of("sort", "-name")).sort());
    CustomerListQuery search = query(Map.of("q", "Mül"));
    assertEquals("mul", search.query());
    assertEquals(500, search.page().limit());
    assertNull(search.page().after());
  }

  @Test
  void anInvalidFormatIsNamedWithTheOtherInvalidParameters() {
    ProblemException invalid = assertThrows(ProblemException.class, () -> CustomerExportRoutes.query(
        Map.of("updatedSince", "soon")::get, new FieldError("format", "must be csv or ndjson, not 'xml'")));
    assertEquals(List.of("format", "updatedSince"), invalid.problem().errors().stream().map(FieldError::field).toList());
    assertEquals(FileFormat.CSV, CustomerExportRoutes.format(null));
    assertEquals(FileFormat.NDJSON, CustomerExportRoutes.format("ndjson"));
    assertNull(CustomerExportRoutes.format("NDJSON"));
  }

  private static CustomerListQuery query(Map<String, String> params) {
    return CustomerExportRoutes.query(params::get, null);
  }
}
