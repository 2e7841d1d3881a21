package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Create, read, update and archive customers through HTTP against the real server and PostgreSQL. */
class CustomerLifecycleIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  private PatronClient api;

  @BeforeEach
  void newTenant() {
    api = patron.newTenant().client();
  }

  @Test
  void createsACustomerWithEveryField() {
    JsonObject body = Customers.complete();
    Response created = api.post(Customers.PATH, body).expect(201);
    JsonObject customer = created.json();

    assertEquals("/api/v1/customers/" + customer.getString("id"), created.header("Location"));
    assertEquals("\"1\"", created.header("ETag"));
    for (String field : List.of("referenceId", "firstName", "lastName", "email", "company", "taxId", "language",
        "primaryPhone", "secondaryPhone", "emailNotifications", "notes")) {
      assertEquals(body.getValue(field), customer.getValue(field), field);
    }
    assertEquals(body.getJsonObject("primaryAddress").copy().put("state", null), customer.getJsonObject("primaryAddress"),
        "an address always shows all its parts");
    assertEquals(body.getJsonObject("secondaryAddress"), customer.getJsonObject("secondaryAddress"));
    assertEquals("+436601234567", customer.getString("primaryPhoneE164"));
    assertEquals("+4315124567", customer.getString("secondaryPhoneE164"), "national number read in the address's country");
    assertEquals(1, customer.getLong("version"));
    assertEquals(new JsonObject(), customer.getJsonObject("extensions"));
    Instant createdAt = Instant.parse(customer.getString("createdAt"));
    assertEquals(createdAt, Instant.parse(customer.getString("updatedAt")));

    assertEquals(customer, api.get(created.header("Location")).expect(200).json());
  }

  @Test
  void keepsAPhoneItCannotParseButWithoutE164() {
    JsonObject customer = Customers.create(api, Customers.named("Ana", "Lee").put("primaryPhone", "123"));
    assertEquals("123", customer.getString("primaryPhone"));
    assertNull(customer.getString("primaryPhoneE164"));
  }

  @Test
  void patchMergesAndNullClears() {
    JsonObject customer = Customers.create(api, Customers.complete());
    String path = Customers.path(customer.getString("id"));

    JsonObject patch = new JsonObject()
        .put("email", "new@example.com")
        .put("notes", null)
        .put("primaryAddress", new JsonObject().put("city", "Linz").put("postalCode", null));
    Response updated = api.patch(path, patch, Map.of("Content-Type", "application/merge-patch+json")).expect(200);
    JsonObject after = updated.json();

    assertEquals("new@example.com", after.getString("email"));
    assertNull(after.getString("notes"));
    assertEquals(new JsonObject().put("street", "Kärntner Straße 1").put("postalCode", null).put("city", "Linz")
        .put("state", null).put("country", "AT"), after.getJsonObject("primaryAddress"));
    assertEquals(customer.getString("firstName"), after.getString("firstName"), "fields not in the patch stay");
    assertEquals(2, after.getLong("version"));
    assertEquals("\"2\"", updated.header("ETag"));
    assertTrue(Instant.parse(after.getString("updatedAt")).isAfter(Instant.parse(customer.getString("updatedAt"))));
    assertEquals(after, api.get(path).json());
  }

  @Test
  void patchThatChangesNothingKeepsTheVersion() {
    JsonObject customer = Customers.create(api, Customers.named("Ana", "Lee"));
    JsonObject same = api.patch(Customers.path(customer.getString("id")), new JsonObject().put("firstName", "Ana"))
        .expect(200).json();
    assertEquals(1, same.getLong("version"));
  }

  @Test
  void patchCannotBlankARequiredField() {
    JsonObject customer = Customers.create(api, Customers.named("Ana", "Lee"));
    Response response = api.patch(Customers.path(customer.getString("id")), new JsonObject().put("lastName", null));
    response.expect(400);
    assertEquals(List.of("lastName: is required"), response.fieldErrors());
  }

  @Test
  void staleIfMatchIsRefusedWith412() {
    JsonObject customer = Customers.create(api, Customers.named("Ana", "Lee"));
    String path = Customers.path(customer.getString("id"));
    api.patch(path, new JsonObject().put("company", "A"), Map.of("If-Match", "\"1\"")).expect(200);

    Response stale = api.patch(path, new JsonObject().put("company", "B"), Map.of("If-Match", "\"1\""));
    stale.expect(412);
    assertEquals("https://patron.dev/problems/stale-version", stale.json().getString("type"));
    assertEquals("A", api.get(path).json().getString("company"), "the stale write changed nothing");

    api.delete(path, Map.of("If-Match", "\"1\"")).expect(412);
    api.delete(path, Map.of("If-Match", "\"2\"")).expect(204);
  }

  @Test
  void conditionalGetAnswers304WhileUnchanged() {
    JsonObject customer = Customers.create(api, Customers.named("Ana", "Lee"));
    String path = Customers.path(customer.getString("id"));
    Response notModified = api.get(path, Map.of("If-None-Match", "\"1\""));
    assertEquals(304, notModified.status());
    api.patch(path, new JsonObject().put("company", "A")).expect(200);
    api.get(path, Map.of("If-None-Match", "\"1\"")).expect(200);
  }

  @Test
  void archiveRemovesTheCustomerForGood() {
    JsonObject customer = Customers.create(api, Customers.complete());
    String id = customer.getString("id");
    api.patch(Customers.path(id), new JsonObject().put("company", "Changed")).expect(200);

    api.delete(Customers.path(id)).expect(204);

    api.get(Customers.path(id)).expect(404);
    api.patch(Customers.path(id), new JsonObject().put("company", "X")).expect(404);
    api.delete(Customers.path(id)).expect(404);
    assertEquals(List.of(), api.get(Customers.PATH + "?q=sophie").expect(200).items());
    assertEquals(List.of(), api.get(Customers.PATH + "?referenceId=" + customer.getString("referenceId")).items());
  }

  @Test
  void archiveErasesPersonalDataFromEarlierEvents() {
    JsonObject customer = Customers.create(api, Customers.complete());
    String id = customer.getString("id");
    api.patch(Customers.path(id), new JsonObject().put("notes", "VIP")).expect(200);
    api.delete(Customers.path(id)).expect(204);

    List<JsonObject> events = api.get("/api/v1/events").expect(200).items();
    assertEquals(List.of("customer.created", "customer.updated", "customer.archived"),
        events.stream().map(e -> e.getString("type")).toList());
    for (JsonObject event : events) {
      assertEquals(id, event.getString("customerId"));
      assertNull(event.getValue("data"), "no personal data survives archive: " + event);
    }
    assertTrue(!events.toString().contains("Müller"));
  }

  @Test
  void recordsAnEventForEveryChangeInOrder() {
    JsonObject customer = Customers.create(api, Customers.named("Ana", "Lee"));
    String id = customer.getString("id");
    api.patch(Customers.path(id), new JsonObject().put("company", "A")).expect(200);
    api.patch(Customers.path(id), new JsonObject().put("company", "B")).expect(200);

    Response first = api.get("/api/v1/events?limit=2").expect(200);
    List<JsonObject> page = first.items();
    assertEquals(List.of("customer.created", "customer.updated"), page.stream().map(e -> e.getString("type")).toList());
    assertEquals(1, page.get(0).getJsonObject("data").getLong("version"));

    Response next = api.get("/api/v1/events?after=" + first.json().getString("nextCursor")).expect(200);
    assertEquals(1, next.items().size());
    assertEquals("B", next.items().get(0).getJsonObject("data").getString("company"));
    String end = next.json().getString("nextCursor");
    Response nothingNew = api.get("/api/v1/events?after=" + end).expect(200);
    assertEquals(List.of(), nothingNew.items());
    assertEquals(end, nothingNew.json().getString("nextCursor"), "an empty page keeps the position");
    assertNotEquals(first.json().getString("nextCursor"), end);
  }

  @Test
  void unknownAndMalformedIdsAnswer404() {
    api.get(Customers.path("00000000-0000-0000-0000-000000000001")).expect(404);
    api.get(Customers.path("not-a-uuid")).expect(404);
  }
}
