package dev.patron.plugins.sales.it;

import static dev.patron.plugins.sales.it.ImportApi.NDJSON;
import static dev.patron.plugins.sales.it.ImportApi.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.Await;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An import survives a kill -9 of the server in the middle: after the restart it goes on from its
 * last committed batch, and in the end every row is recorded exactly once — one receipt, its
 * lines, one visit in the statistics and one event each.
 */
class ImportCrashIT {

  private static final int RECEIPTS = 12_000;

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .isolated()
      .pluginsFromProperty("patron.plugin.jar")
      .enable("sales", new JsonObject())
      .build();

  @Test
  void anImportKilledMidwayResumesWhereItStoppedAndRecordsEveryRowOnce() {
    TestTenant tenant = patron.newTenant();
    SalesApi api = new SalesApi(tenant);
    ImportApi imports = new ImportApi(tenant);
    List<String> customers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      customers.add(api.customer("Kim" + i, "Crash"));
    }
    String file = ImportApi.ndjson(ImportApi.receipts(RECEIPTS, i -> i % 5 == 0 ? null : customers.get(i % 20)));
    String id = imports.upload(NDJSON, file).expect(202).json().getString("id");

    JsonObject midway = Await.until(Duration.ofSeconds(60), () -> imports.job(id), job -> rows(job, "read") >= 1000);
    assertTrue(rows(midway, "read") < RECEIPTS, "killed in the middle, not after the end: " + midway.encode());
    patron.server().kill();
    patron.server().startAgain();

    JsonObject job = imports.finished(id, Duration.ofSeconds(120));
    assertEquals("SUCCEEDED", job.getString("state"), job.encodePrettily());
    assertEquals(RECEIPTS, rows(job, "read"));
    assertEquals(RECEIPTS, rows(job, "recorded"), "a batch applied twice would count its rows as unchanged");
    assertEquals(0, rows(job, "unchanged"));
    assertEquals(0, rows(job, "rejected"));

    UUID tenantId = UUID.fromString(tenant.id());
    try (Database db = Database.of(patron)) {
      assertEquals(RECEIPTS, db.count("SELECT count(*) FROM sales.transactions WHERE tenant_id = $1", tenantId));
      assertEquals(2L * RECEIPTS, db.count("SELECT count(*) FROM sales.transaction_lines WHERE tenant_id = $1", tenantId));
      assertEquals(RECEIPTS, db.count("SELECT count(*) FROM patron.outbox_events WHERE tenant_id = $1"
          + " AND type = 'sales.transaction.recorded'", tenantId), "one event per receipt");
      assertEquals(RECEIPTS * 4L / 5, db.count("SELECT coalesce(sum(visits), 0) FROM sales.customer_statistics"
          + " WHERE tenant_id = $1", tenantId), "one visit per receipt with a customer");
      assertEquals(0, db.count("SELECT count(*) FROM sales.import_job_chunks WHERE tenant_id = $1", tenantId),
          "the file goes once the job has finished");
    }
    assertEquals(0, api.client().post(SalesApi.BASE + "/maintenance/statistics-rebuild",
        new JsonObject().put("checkOnly", true).put("limit", 500)).expect(200).json().getJsonArray("drifted").size());
  }
}
