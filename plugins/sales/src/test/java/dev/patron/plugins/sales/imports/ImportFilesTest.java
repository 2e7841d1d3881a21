package dev.patron.plugins.sales.imports;

import dev.patron.kit.jobs.FileFormat;
import dev.patron.kit.jobs.UploadChecks;
import dev.patron.kit.jobs.NdjsonRows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.api.problem.ProblemException;
import dev.patron.kit.jobs.SourceRow;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportFilesTest {

  private static final String HEADER = "receiptId;closedAt;lines;total;payments";

  @Test
  void ndjsonRowsAreNumberedByLineSkippingBlankOnes() throws IOException {
    NdjsonRows rows = new NdjsonRows(stream("{\"receiptId\":\"A\"}\r\n\n  \n[1]\n{\"receiptId\":\"B\"}"), 1024);
    SourceRow a = rows.next();
    assertEquals(1, a.number());
    assertEquals("A", ((JsonObject) a.parsed()).getString("receiptId"));
    SourceRow array = rows.next();
    assertEquals(4, array.number());
    assertFalse(array.readable());
    assertEquals("line", array.errors().get(0).field());
    assertEquals(5, rows.next().number());
    assertNull(rows.next());
  }

  @Test
  void theCountOfAnNdjsonFileIsTheRowsItsReaderYields() throws IOException {
    assertEquals(new NdjsonRows.Count(3, 0), new NdjsonRows(stream("{}\n\n{\n}\n"), 1024).count());
    assertEquals(1, new NdjsonRows(stream("x".repeat(20) + "\n{}\n"), 10).count().firstTooLong());
  }

  @Test
  void anNdjsonLineWithANulCharacterIsUnreadable() throws IOException {
    assertFalse(new NdjsonRows(stream("{\"name\":\"a\\u0000b\"}\n"), 1024).next().readable());
  }

  @Test
  void csvRowsBecomeTheBodyOfAPost() {
    String file = "\uFEFF" + HEADER + ";tip\r\n"
        + "R1;2026-11-30T19:00:00Z;\"[{\"\"productId\"\":\"\"A\"\",\n\"\"name\"\":\"\"Line;\\nbreak\"\"}]\";1250;[];\r\n"
        + "\r\n"
        + "R2;2026-11-30T19:00:00Z;[];12.50;[];100\r\n"
        + "R3;too;few\r\n";
    CsvRows rows = new CsvRows(stream(file), ';');
    assertEquals(List.of("receiptId", "closedAt", "lines", "total", "payments", "tip"), rows.header());
    JsonObject first = (JsonObject) rows.next().parsed();
    assertEquals("R1", first.getString("receiptId"));
    assertEquals(1250, first.getJsonObject("total").getLong("amount"));
    assertEquals("Line;\nbreak", first.getJsonArray("lines").getJsonObject(0).getString("name"));
    assertFalse(first.containsKey("tip"), "an empty cell is a member left out");
    SourceRow second = rows.next();
    assertEquals(2, second.number(), "the empty line is skipped");
    assertEquals("total", second.errors().get(0).field());
    SourceRow third = rows.next();
    assertEquals("row", third.errors().get(0).field());
    assertEquals("[\"R3\",\"too\",\"few\"]", third.original());
    assertNull(rows.next());
  }

  @Test
  void theUploadScanCountsRowsAndFindsTheSeparator() throws IOException {
    UploadScan.Scanned scanned = UploadScan.scan(FileFormat.CSV, file(HEADER + "\nR1;x;[];1;[]\nR2;x;[];1;[]\n"));
    assertEquals(2, scanned.rows());
    assertEquals(";", scanned.options().getJsonObject("csv").getString("separator"));
    assertEquals(',', UploadChecks.csvSeparator(file("\"a;b;c\",d\n"), SalesImports.MAX_ROW_BYTES));
  }

  @Test
  void theUploadScanRefusesFilesItCannotImport() {
    assertEquals("import-empty", code(() -> UploadScan.scan(FileFormat.NDJSON, file("\n\n"))));
    assertEquals("import-bad-header", code(() -> UploadScan.scan(FileFormat.CSV, file("receiptId,x\n1,2\n"))));
    assertEquals("import-row-too-long", code(() -> UploadScan.scan(FileFormat.NDJSON,
        file("{\"a\":\"" + "x".repeat(SalesImports.MAX_ROW_BYTES) + "\"}\n"))));
  }

  @Test
  void theColumnsOfTheRejectedRowsFileAreIgnoredOnImport() {
    assertTrue(ReceiptColumns.checkHeader(List.of("receiptId", "closedAt", "lines", "total", "payments",
        "rejectedRow", "errors")).isEmpty());
  }

  /** The text as an uploaded file on disk, as the route hands it to the scan. */
  private static Path file(String text) {
    try {
      Path file = Files.createTempFile("sales-upload-test-", ".part");
      file.toFile().deleteOnExit();
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String code(Runnable scan) {
    ProblemException problem = assertThrows(ProblemException.class, scan::run);
    return problem.problem().code();
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
