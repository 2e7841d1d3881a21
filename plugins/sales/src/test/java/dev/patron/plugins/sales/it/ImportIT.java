package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.ImportApi.CSV;
import static dev.patron.plugins.sales.it.ImportApi.NDJSON;
import static dev.patron.plugins.sales.it.ImportApi.rows;
import static dev.patron.plugins.sales.it.SalesApi.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Importing history from NDJSON and CSV files: what is recorded is what posting each receipt records. */
class ImportIT {

  @RegisterExtension
  static PatronExtension patron = SalesApi.server();

  @Test
  void anNdjsonFileIsRecordedAsIfEachReceiptWerePosted() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    ImportApi imports = new ImportApi(tenant);
    String ana = api.customer("Ana", "Import");
    String ben = api.customer("Ben", "Import");
    List<JsonObject> receipts = ImportApi.receipts(40, i -> i % 4 == 0 ? null : i % 2 == 0 ? ana : ben);

    JsonObject queued = imports.upload(NDJSON, ImportApi.ndjson(receipts)).expect(202).json();
    assertEquals(40, rows(queued, "total"));
    assertEquals("ndjson", queued.getString("format"));
    JsonObject job = imports.finished(queued.getString("id"), java.time.Duration.ofSeconds(60));

    assertEquals("SUCCEEDED", job.getString("state"), job.encodePrettily());
    assertEquals(40, rows(job, "read"));
    assertEquals(40, rows(job, "recorded"));
    assertEquals(0, rows(job, "rejected"));
    assertEquals(0, job.getLong("secondsLeft"));
    assertNull(job.getString("error"));
    assertTrue(job.getDouble("rowsPerSecond") > 0);

    long anaSpend = receipts.stream().filter(r -> ana.equals(r.getString("customerId"))).mapToLong(r -> amount(r, "total")).sum();
    JsonObject statistics = api.statistics(ana);
    assertEquals(10, statistics.getLong("visits"));
    assertEquals(anaSpend, amount(statistics, "totalSpend"));
    assertEquals(20, api.history(ben, "", 7).size());
    assertEquals(List.of(), noDrift(api), "the statistics equal a recomputation from history");
    assertEquals(40, api.client().get("/api/v1/events?type=sales.transaction.recorded&limit=100").expect(200).items().size(),
        "one event per receipt, as for a post");
  }

  @Test
  void aCsvFileWithQuotedListsSemicolonsAndABomIsRecordedToo() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    ImportApi imports = new ImportApi(tenant);
    String cleo = api.customer("Cleo", "Csv");
    List<JsonObject> receipts = ImportApi.receipts(12, i -> cleo);
    receipts.get(0).getJsonArray("lines").getJsonObject(0).put("name", "Café; \"Melange\"\nwith milk");

    JsonObject job = imports.imported(CSV, "\uFEFF" + ImportApi.csv(receipts, ';'));

    assertEquals("SUCCEEDED", job.getString("state"), job.encodePrettily());
    assertEquals("csv", job.getString("format"));
    assertEquals(12, rows(job, "recorded"));
    assertEquals(12, api.statistics(cleo).getLong("visits"));
    JsonObject first = api.history(cleo, "", 20).stream()
        .filter(t -> t.getString("receiptId").equals(receipts.get(0).getString("receiptId"))).findFirst().orElseThrow();
    JsonObject full = api.transaction(first.getString("id")).expect(200).json();
    assertEquals("Café; \"Melange\"\nwith milk", full.getJsonArray("lines").getJsonObject(0).getString("name"));
    assertEquals(amount(receipts.get(0), "total"), amount(full, "total"));
  }

  @Test
  void rowsNamingCustomersByReferenceAreMatched() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    ImportApi imports = new ImportApi(tenant);
    String dora = tenant.client().post("/api/v1/customers", new JsonObject().put("firstName", "Dora")
        .put("lastName", "Ref").put("referenceId", "POS-0042")).expect(201).json().getString("id");
    List<JsonObject> receipts = ImportApi.receipts(6, i -> null);
    receipts.forEach(r -> r.put("customerReferenceId", "POS-0042"));

    JsonObject ndjson = imports.imported(NDJSON, ImportApi.ndjson(receipts.subList(0, 3)));
    JsonObject csv = imports.imported(CSV, ImportApi.csv(receipts.subList(3, 6), ','));

    assertEquals(3, rows(ndjson, "recorded"), ndjson.encodePrettily());
    assertEquals(3, rows(csv, "recorded"), csv.encodePrettily());
    assertEquals(6, api.statistics(dora).getLong("visits"));
    api.history(dora, "", 10).forEach(t -> assertEquals(dora, t.getString("customerId")));
  }

  @Test
  void rejectedRowsAreReportedWithTheirErrorsAndComeBackAsAFile() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    ImportApi imports = new ImportApi(tenant);
    String eva = api.customer("Eva", "Errors");
    List<JsonObject> receipts = ImportApi.receipts(6, i -> eva);
    receipts.get(1).put("total", SalesApi.eur(1));
    receipts.get(2).remove("customerId");
    receipts.get(2).put("customerReferenceId", "NO-SUCH-REF");
    receipts.get(3).put("customerReferenceId", "ALSO-GIVEN");
    receipts.get(4).put("customerId", "00000000-0000-4000-8000-000000000001");
    String file = ImportApi.ndjson(receipts) + "{not json\n";

    JsonObject job = imports.imported(NDJSON, file);

    assertEquals("SUCCEEDED", job.getString("state"));
    assertEquals(7, rows(job, "read"));
    assertEquals(2, rows(job, "recorded"));
    assertEquals(5, rows(job, "rejected"));
    assertEquals(2, api.statistics(eva).getLong("visits"), "nothing of a rejected row is written");
    List<JsonObject> rejected = imports.rejections(job.getString("id")).expect(200).body().lines()
        .map(JsonObject::new).toList();
    assertEquals(List.of(2L, 3L, 4L, 5L, 7L), rejected.stream().map(r -> r.getLong("row")).toList());
    assertEquals(receipts.get(1).encode(), rejected.get(0).getString("original"));
    assertEquals("total", field(rejected.get(0)));
    assertEquals("customerReferenceId", field(rejected.get(1)));
    assertTrue(message(rejected.get(2)).contains("not both"), rejected.get(2).encode());
    assertEquals("customerId", field(rejected.get(3)));
    assertEquals("line", field(rejected.get(4)));
  }

  @Test
  void aCsvFilesRejectedRowsComeBackAsCsvThatImportsOnceCorrected() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    ImportApi imports = new ImportApi(tenant);
    String finn = api.customer("Finn", "Fix");
    List<JsonObject> receipts = ImportApi.receipts(3, i -> finn);
    long total = amount(receipts.get(1), "total");
    receipts.get(1).put("total", SalesApi.eur(total + 1));

    JsonObject job = imports.imported(CSV, ImportApi.csv(receipts, ','));
    assertEquals(1, rows(job, "rejected"));
    String rejected = imports.rejections(job.getString("id")).expect(200).body();
    List<String> lines = rejected.lines().toList();
    assertTrue(lines.get(0).endsWith(",rejectedRow,errors"), lines.get(0));
    assertTrue(lines.get(1).contains(",2,") && lines.get(1).contains("total: must be "), lines.get(1));

    JsonObject again = imports.imported(CSV, rejected.replace("," + (total + 1) + ",", "," + total + ","));
    assertEquals(1, rows(again, "recorded"), again.encodePrettily());
    assertEquals(3, api.statistics(finn).getLong("visits"));
  }

  @Test
  void importingAFileAgainRecordsNothingTwiceAndRefusesAChangedReceipt() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    ImportApi imports = new ImportApi(tenant);
    String gus = api.customer("Gus", "Again");
    List<JsonObject> receipts = ImportApi.receipts(10, i -> gus);
    api.recorded(receipts.get(0));
    assertEquals(9, rows(imports.imported(NDJSON, ImportApi.ndjson(receipts)), "recorded"));

    receipts.get(5).put("tip", SalesApi.eur(100)).getJsonArray("payments").getJsonObject(0)
        .put("amount", SalesApi.eur(amount(receipts.get(5), "total") + 100));
    JsonObject again = imports.imported(NDJSON, ImportApi.ndjson(receipts));

    assertEquals(0, rows(again, "recorded"));
    assertEquals(9, rows(again, "unchanged"));
    assertEquals(1, rows(again, "rejected"));
    JsonObject refused = new JsonObject(imports.rejections(again.getString("id")).expect(200).body().strip());
    assertEquals("receiptId", field(refused));
    assertEquals(10, api.statistics(gus).getLong("visits"));
    assertEquals(List.of(), noDrift(api));
  }

  @Test
  void aFileLargerThanARequestBodyIsTakenAndARunningImportCanBeCancelled() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    ImportApi imports = new ImportApi(tenant);
    String hana = api.customer("Hana", "Halt");
    String file = ImportApi.ndjson(ImportApi.receipts(4000, i -> hana));
    assertTrue(file.length() > 1024 * 1024, "more than the host's default body limit");

    String id = imports.upload(NDJSON, file).expect(202).json().getString("id");
    JsonObject cancelling = imports.cancel(id).expect(200).json();
    assertTrue(cancelling.getBoolean("cancelRequested"));
    JsonObject job = imports.finished(id, java.time.Duration.ofSeconds(60));

    assertEquals("CANCELLED", job.getString("state"), job.encodePrettily());
    assertTrue(rows(job, "read") < 4000, "it stopped before the end");
    assertEquals(rows(job, "recorded"), api.statistics(hana).getLong("visits"), "what committed before stays, whole");
    assertEquals(job, imports.cancel(id).expect(200).json(), "cancelling again changes nothing");
    assertEquals(List.of(), noDrift(api));
  }

  @Test
  void aFinishedImportCannotBeCancelledAndAnotherRestaurantsImportIsNotFound() {
    TestTenant tenant = patron.newTenant();
    ImportApi imports = new ImportApi(tenant);
    JsonObject job = imports.imported(NDJSON, ImportApi.ndjson(ImportApi.receipts(2, i -> null)));
    assertEquals("import-finished", code(imports.cancel(job.getString("id")).expect(409).json()));

    ImportApi other = new ImportApi(patron.newTenant());
    other.cancel(job.getString("id")).expect(404);
    other.rejections(job.getString("id")).expect(404);
    tenant.client().get(ImportApi.IMPORTS + "/" + job.getString("id")).expect(200);
    assertEquals(List.of(), patron.newTenant().client().get(ImportApi.IMPORTS).expect(200).items());
    assertEquals(job.getString("id"), tenant.client().get(ImportApi.IMPORTS + "?limit=1").expect(200).items().get(0)
        .getString("id"));
  }

  @Test
  void filesThatCannotBeImportedAreRefusedBeforeAJobIsQueued() {
    TestTenant tenant = patron.newTenant();
    ImportApi imports = new ImportApi(tenant);
    assertEquals("import-empty", code(imports.upload(NDJSON, "\n \n").expect(422).json()));
    JsonObject header = imports.upload(CSV, "receiptId,closedAt,lines,total,payments,colour\r\nR1,,,,,red\r\n")
        .expect(422).json();
    assertEquals("import-bad-header", code(header));
    assertEquals(List.of("header: has an unknown column 'colour'"), fieldErrors(header));
    assertEquals("import-bad-header", code(imports.upload(CSV, "receiptId,closedAt\r\nR1,2026-01-01T10:00:00Z\r\n")
        .expect(422).json()));
    imports.upload("text/plain", "R1").expect(415);
    assertEquals(List.of(), tenant.client().get(ImportApi.IMPORTS).expect(200).items());
  }

  private static List<JsonObject> noDrift(SalesApi api) {
    JsonArray drifted = api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild",
        new JsonObject().put("checkOnly", true).put("limit", 500)).expect(200).json().getJsonArray("drifted");
    return drifted.stream().map(JsonObject.class::cast).toList();
  }

  private static String field(JsonObject rejected) {
    return rejected.getJsonArray("errors").getJsonObject(0).getString("field");
  }

  private static String message(JsonObject rejected) {
    return rejected.getJsonArray("errors").getJsonObject(0).getString("message");
  }

  private static String code(JsonObject problem) {
    return problem.getString("type").substring(problem.getString("type").lastIndexOf('/') + 1);
  }

  private static List<String> fieldErrors(JsonObject problem) {
    return problem.getJsonArray("errors").stream().map(JsonObject.class::cast)
        .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
  }
}
