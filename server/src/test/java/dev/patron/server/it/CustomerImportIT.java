package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Importing customers in bulk: row by row, upserting by referenceId. */
class CustomerImportIT {

  private static final String IMPORT = "/api/v1/customers/import";

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  private PatronClient api;

  @BeforeEach
  void newTenant() {
    api = patron.newTenant().client();
  }

  private static JsonObject rows(JsonObject... customers) {
    return new JsonObject().put("customers", new JsonArray(List.of((Object[]) customers)));
  }

  @Test
  void createsUpdatesAndReportsEachRow() {
    Customers.create(api, Customers.named("Old", "Name").put("referenceId", "POS-2"));
    JsonObject answer = api.post(IMPORT, rows(
        Customers.named("Ana", "Lee").put("referenceId", "POS-1"),
        new JsonObject().put("referenceId", "POS-2").put("lastName", "Renamed"),
        Customers.named("Bad", "Email").put("email", "nope"),
        Customers.named("No", "Reference"))).expect(200).json();

    assertEquals(new JsonObject().put("created", 2).put("updated", 1).put("unchanged", 0).put("failed", 1),
        answer.getJsonObject("summary"));
    JsonArray items = answer.getJsonArray("items");
    assertEquals("created", items.getJsonObject(0).getString("result"));
    assertEquals("updated", items.getJsonObject(1).getString("result"));
    assertEquals("Old", items.getJsonObject(1).getJsonObject("customer").getString("firstName"), "a merge patch");
    assertEquals("Renamed", items.getJsonObject(1).getJsonObject("customer").getString("lastName"));
    assertEquals("failed", items.getJsonObject(2).getString("result"));
    assertEquals("email", items.getJsonObject(2).getJsonObject("problem").getJsonArray("errors").getJsonObject(0)
        .getString("field"));
    assertEquals(3, api.get(Customers.PATH).items().size(), "the bad row did not stop the others");
  }

  @Test
  void sendingTheSameImportAgainUpdatesInsteadOfDuplicating() {
    JsonObject body = rows(Customers.named("Ana", "Lee").put("referenceId", "R-1"),
        Customers.named("Ben", "Lee").put("referenceId", "R-2"));
    api.post(IMPORT, body).expect(200);
    JsonObject again = api.post(IMPORT, body).expect(200).json();
    assertEquals(2, again.getJsonObject("summary").getInteger("unchanged"));
    assertEquals(2, api.get(Customers.PATH).items().size());
    assertEquals(2, api.get("/api/v1/events").items().size(), "no event for an unchanged row");
  }

  @Test
  void boundsTheRequest() {
    JsonArray tooMany = new JsonArray();
    for (int i = 0; i < 501; i++) {
      tooMany.add(Customers.named("A" + i, "B"));
    }
    assertEquals(List.of("customers: must have at most 500 entries; split the import"),
        api.post(IMPORT, new JsonObject().put("customers", tooMany)).expect(400).fieldErrors());
    api.post(IMPORT, new JsonObject().put("customers", new JsonArray())).expect(400);
    api.post(IMPORT, new JsonObject().put("rows", new JsonArray())).expect(400);
    Response keyed = api.post(IMPORT, rows(Customers.named("A", "B")), Map.of("Idempotency-Key", "k")).expect(400);
    assertTrue(keyed.json().getString("detail").contains("referenceId"));
    assertEquals(List.of(), api.get(Customers.PATH).items());
  }

  @Test
  void aRowThatIsNotAnObjectFailsAlone() {
    JsonObject body = new JsonObject().put("customers", new JsonArray().add("text").add(Customers.named("Ana", "Lee")));
    JsonObject answer = api.post(IMPORT, body).expect(200).json();
    assertEquals(1, answer.getJsonObject("summary").getInteger("failed"));
    assertEquals(1, answer.getJsonObject("summary").getInteger("created"));
  }
}
