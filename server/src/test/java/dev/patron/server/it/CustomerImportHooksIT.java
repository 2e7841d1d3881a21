package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.server.it.fixtures.FixturePlugins;
import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Imported customers pass through plugins' hooks as single writes do, batch by batch. */
class CustomerImportHooksIT {

  private static final String RECORDER = "/api/v1/plugins/recorder";

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder()
      .plugin(FixturePlugins.recorder())
      .setting("PATRON_IMPORT_BATCH_ROWS", "16")
      .build();

  @Test
  void aPluginsVetoRejectsOnlyItsRowAndPluginFieldsComeFromTheirColumns() {
    TestTenant tenant = patron.newTenant();
    patron.admin().put("/api/v1/admin/tenants/" + tenant.id() + "/plugins/recorder", new JsonObject().put("enabled", true))
        .expect(200);
    PatronClient api = tenant.client();
    String file = "firstName,lastName,extensions.recorder.tier,extensions.recorder.locked\r\n"
        + IntStream.range(0, 40).mapToObj(i -> "Guest" + i + "," + (i % 4 == 0 ? "Vetoed" : "Member") + ",Gold,false\r\n")
            .collect(Collectors.joining());

    JsonObject job = CustomerFileImportIT.imported(api, CustomerFileImportIT.CSV, file, "");

    assertEquals(30, job.getJsonObject("rows").getInteger("created"), job.encode());
    assertEquals(10, job.getJsonObject("rows").getInteger("rejected"));
    JsonObject tables = api.get(RECORDER + "/tables").expect(200).json();
    assertEquals(0, tables.getLong("audit"), "no vetoed row left its plugin's write behind");
    assertEquals(30, tables.getLong("members"), "each accepted row kept its plugin's write");
    JsonObject member = api.get("/api/v1/customers?q=member&limit=1").expect(200).items().get(0);
    assertEquals(new JsonObject().put("tier", "gold").put("locked", false),
        member.getJsonObject("extensions").getJsonObject("recorder"), "typed, then normalised by the plugin's hook");
    String rejected = api.get(CustomerFileImportIT.IMPORTS + "/" + job.getString("id") + "/rejections").expect(200).body();
    assertTrue(rejected.contains("does not accept customers named Vetoed"), rejected);
  }

  @Test
  void aPluginTheRestaurantHasNotEnabledTakesNoFields() {
    PatronClient api = patron.newTenant().client();

    JsonObject job = CustomerFileImportIT.imported(api, CustomerFileImportIT.CSV,
        "firstName,lastName,extensions.recorder.tier\r\nAnna,Berger,gold\r\nBen,Ober,\r\n", "");

    assertEquals(1, job.getJsonObject("rows").getInteger("created"), job.encode());
    assertEquals(1, job.getJsonObject("rows").getInteger("rejected"));
    List<String> lines = api.get(CustomerFileImportIT.IMPORTS + "/" + job.getString("id") + "/rejections")
        .expect(200).body().lines().toList();
    assertTrue(lines.get(1).startsWith("Anna,Berger,gold,1,extensions.recorder"), lines.get(1));
  }
}
