package dev.patron.core.customer.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.FieldError;
import dev.patron.core.customer.file.CustomerColumns.Column;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Header names, cells and the mapping of a customer file. */
class CustomerFileTest {

  @Test
  void headersInGermanFrenchAndEnglishNameTheSameColumns() {
    for (List<String> names : List.of(
        List.of("firstName", "First name", "Vorname", "Prénom", "prenom", "FIRST_NAME"),
        List.of("email", "E-Mail", "Courriel", "e-mail address", "E-Mail-Adresse"),
        List.of("primaryAddress.postalCode", "PLZ", "Code postal", "ZIP", "Postleitzahl"),
        List.of("primaryAddress.street", "Straße", "Strasse", "Rue", "Street"),
        List.of("secondaryAddress.city", "Ort 2", "Ville 2", "City 2"),
        List.of("referenceId", "Kundennummer", "Kunden-Nr.", "Référence client", "Customer number"))) {
      String path = names.get(0);
      for (String name : names) {
        assertEquals(path, CustomerColumns.named(name).map(Column::path).orElse(null), name);
      }
    }
    assertEquals("extensions.order-profiles.defaultProfileId",
        CustomerColumns.named("extensions.order-profiles.defaultProfileId").orElseThrow().path());
    assertTrue(CustomerColumns.named("Lieblingsfarbe").isEmpty());
    assertTrue(CustomerColumns.named("extensions.Bad Plugin.x").isEmpty());
  }

  @Test
  void everyStandardColumnHasAHeaderInEachLanguageThatReadsBackAsIt() {
    for (Column column : CustomerColumns.standard()) {
      for (String language : CustomerColumns.LANGUAGES) {
        assertEquals(column.path(), CustomerColumns.named(column.header(language)).orElseThrow().path(),
            column.path() + " in " + language);
      }
    }
  }

  @Test
  void cellsBecomeADocumentWithBlanksAsNoValue() {
    List<Column> columns = columns("firstName", "lastName", "company", "emailNotifications", "primaryAddress.city",
        "primaryAddress.country", "secondaryAddress.street", null, "extensions.loyalty.points",
        "extensions.loyalty.card", "extensions.loyalty.tier");
    List<FieldError> errors = new ArrayList<>();

    JsonObject document = CustomerCells.document(columns,
        List.of(" Anna ", "Berger", "", "ja", "Wien", "AT", "", "ignored", "120", "\"0042\"", "gold"), errors);

    assertEquals(List.of(), errors);
    assertEquals(new JsonObject().put("firstName", "Anna").put("lastName", "Berger").putNull("company")
        .put("emailNotifications", true)
        .put("primaryAddress", new JsonObject().put("city", "Wien").put("country", "AT"))
        .putNull("secondaryAddress")
        .put("extensions", new JsonObject().put("loyalty", new JsonObject().put("points", 120).put("card", "0042")
            .put("tier", "gold"))), document);
  }

  @Test
  void aConsentThatIsNeitherYesNorNoIsAnError() {
    List<FieldError> errors = new ArrayList<>();
    JsonObject document = CustomerCells.document(columns("emailNotifications"), List.of("vielleicht"), errors);
    assertEquals(1, errors.size());
    assertEquals("emailNotifications", errors.get(0).field());
    assertEquals(new JsonObject(), document);
    assertEquals(new JsonObject(), CustomerCells.document(columns("emailNotifications"), List.of(""), errors),
        "a blank leaves it as it is");
  }

  @Test
  void pluginFieldsSurviveARoundTripThroughCells() {
    JsonObject extensions = new JsonObject().put("p", new JsonObject().put("text", "12").put("plain", "gold")
        .put("number", 12).put("flag", true).put("money", new JsonObject().put("amount", 500).put("currency", "EUR"))
        .put("quoted", "\"hi\"").put("list", new JsonArray().add(1)));
    List<String> paths = extensions.getJsonObject("p").fieldNames().stream().map(f -> "extensions.p." + f).toList();
    List<String> cells = CustomerCells.cells(new JsonObject().put("extensions", extensions), paths);
    List<FieldError> errors = new ArrayList<>();

    JsonObject back = CustomerCells.document(paths.stream().map(p -> CustomerColumns.named(p).orElseThrow()).toList(),
        cells, errors);

    assertEquals(extensions, back.getJsonObject("extensions"), "cells " + cells);
    assertEquals("gold", cells.get(paths.indexOf("extensions.p.plain")), "plain text stays plain");
  }

  @Test
  void theMappingNamesIgnoresAndRefuses() {
    List<FieldError> errors = new ArrayList<>();
    List<String> paths = HeaderMapping.resolve(List.of("Nr", "Vorname", "Nachname", "Intern", "rejectedRow", "errors"),
        new JsonObject().put("Nr", "referenceId").putNull("Intern"), errors);
    assertEquals(List.of(), errors);
    assertEquals(Arrays.asList("referenceId", "firstName", "lastName", null, null, null), paths);

    errors.clear();
    HeaderMapping.resolve(List.of("Vorname", "First name", "Farbe"), new JsonObject().put("Gone", "email"), errors);
    assertEquals(List.of("mapping.Gone", "header", "header"), errors.stream().map(FieldError::field).toList(), errors.toString());
  }

  @Test
  void anImportAnalysesItsTablesAFewTimesAsTheyGrow() {
    assertTrue(TableGrowth.crossesThreshold(500, 1000));
    assertTrue(!TableGrowth.crossesThreshold(1000, 1500));
    assertTrue(TableGrowth.crossesThreshold(4500, 5000));
    assertTrue(TableGrowth.crossesThreshold(124_500, 125_000));
    long analyses = 0;
    for (long read = 0; read < 1_000_000; read += 500) {
      analyses += TableGrowth.crossesThreshold(read, read + 500) ? 1 : 0;
    }
    assertEquals(5, analyses, "1,000, 5,000, 25,000, 125,000 and 625,000 rows");
  }

  private static List<Column> columns(String... paths) {
    return Arrays.stream(paths).map(path -> path == null ? null : CustomerColumns.named(path).orElseThrow()).toList();
  }
}
