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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a customer write can be invalid answers a 4xx naming the field, and stores nothing. */
class CustomerValidationIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  private PatronClient api;

  @BeforeEach
  void newTenant() {
    api = patron.newTenant().client();
  }

  private Response invalid(JsonObject body) {
    Response response = api.post(Customers.PATH, body).expect(400);
    assertEquals("application/problem+json", response.header("Content-Type"));
    JsonObject problem = response.json();
    assertEquals("https://patron.dev/problems/validation", problem.getString("type"));
    assertEquals(400, problem.getInteger("status"));
    return response;
  }

  @Test
  void namesAreRequired() {
    assertEquals(List.of("firstName: is required", "lastName: is required"), invalid(new JsonObject()).fieldErrors());
    assertEquals(List.of("firstName: must not be blank"),
        invalid(Customers.named("  ", "Lee")).fieldErrors());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "email|not-an-email|must be an email address such as name@example.com",
      "email|a@b|must be an email address such as name@example.com",
      "email|two@@example.com|must be an email address such as name@example.com",
      "primaryPhone|call me maybe|must be a phone number such as +43 660 1234567 (digits, spaces, + ( ) . / -)",
      "secondaryPhone|12|must be a phone number such as +43 660 1234567 (digits, spaces, + ( ) . / -)",
      "language|not a language|must be a BCP 47 language tag such as de-AT",
      "language|xx|must be a BCP 47 language tag such as de-AT",
      "firstName|Ana\tMaria|must not contain control characters such as line breaks",
  })
  void rejectsBadValues(String field, String value, String message) {
    JsonObject body = Customers.named("Ana", "Lee").put(field, value);
    assertEquals(List.of(field + ": " + message), invalid(body).fieldErrors());
  }

  @ParameterizedTest(name = "{0} longer than {1}")
  @CsvSource({
      "firstName,100", "lastName,100", "email,254", "company,200", "taxId,50", "notes,4000", "referenceId,100",
      "language,35", "primaryPhone,32"})
  void boundsEveryString(String field, int max) {
    JsonObject body = Customers.named("Ana", "Lee").put(field, "a".repeat(max + 1));
    assertEquals(List.of(field + ": must be at most " + max + " characters"), invalid(body).fieldErrors());
  }

  @Test
  void checksTypes() {
    JsonObject body = Customers.named("Ana", "Lee")
        .put("emailNotifications", "yes")
        .put("company", 42)
        .put("primaryAddress", "Main Street 1");
    assertEquals(List.of(
        "company: must be a string",
        "primaryAddress: must be an object",
        "emailNotifications: must be true or false"), invalid(body).fieldErrors());
  }

  @Test
  void checksAddresses() {
    JsonObject body = Customers.named("Ana", "Lee").put("secondaryAddress", new JsonObject()
        .put("country", "XY").put("city", "c".repeat(101)).put("planet", "Mars"));
    assertEquals(List.of(
        "secondaryAddress.city: must be at most 100 characters",
        "secondaryAddress.country: must be an ISO 3166-1 alpha-2 country code such as AT",
        "secondaryAddress.planet: unknown field"), invalid(body).fieldErrors());
  }

  @Test
  void rejectsUnknownAndReadOnlyFieldsByName() {
    JsonObject body = Customers.named("Ana", "Lee")
        .put("nickname", "A")
        .put("id", "00000000-0000-0000-0000-000000000001")
        .put("version", 7);
    assertEquals(List.of("id: is read-only", "version: is read-only", "nickname: unknown field"),
        invalid(body).fieldErrors());
  }

  @Test
  void rejectsExtensionsOfPluginsTheTenantDidNotEnable() {
    JsonObject body = Customers.named("Ana", "Lee")
        .put("extensions", new JsonObject().put("loyalty", new JsonObject().put("points", 5)));
    assertEquals(List.of("extensions.loyalty: no enabled plugin 'loyalty' for this restaurant owns these fields"),
        invalid(body).fieldErrors());
  }

  @Test
  void reportsEveryProblemAtOnce() {
    JsonObject body = new JsonObject().put("email", "x").put("language", "?").put("foo", 1);
    assertEquals(5, invalid(body).fieldErrors().size());
  }

  @Test
  void refusesBodiesThatAreNotAJsonObject() {
    assertProblem(api.send("POST", Customers.PATH, "{\"firstName\":", Map.of()), 400, "The body is not valid JSON");
    assertProblem(api.send("POST", Customers.PATH, "[1,2]", Map.of()), 400, "The body must be a JSON object.");
    assertProblem(api.send("POST", Customers.PATH, null, Map.of()), 400, "The request needs a JSON object body.");
    assertProblem(api.send("POST", Customers.PATH, "{\"firstName\":\"A\\u0000\",\"lastName\":\"B\"}", Map.of()), 400,
        "NUL");
  }

  @Test
  void refusesBodiesOverTheLimitWith413() {
    String huge = Customers.named("Ana", "Lee").put("notes", "n".repeat(2 * 1024 * 1024)).encode();
    assertProblem(api.send("POST", Customers.PATH, huge, Map.of()), 413, "exceeds");
  }

  @Test
  void refusesPatchesThatAreNotJson() {
    String id = Customers.create(api, Customers.named("Ana", "Lee")).getString("id");
    assertProblem(api.send("PATCH", Customers.path(id), "first=Bob", Map.of("Content-Type", "text/plain")), 415,
        "merge-patch+json");
  }

  @Test
  void boundsAndChecksListParameters() {
    assertEquals(List.of("limit: must be from 1 to 500"), api.get(Customers.PATH + "?limit=501").expect(400).fieldErrors());
    assertEquals(List.of("limit: must be from 1 to 500"), api.get(Customers.PATH + "?limit=0").expect(400).fieldErrors());
    api.get(Customers.PATH + "?limit=500").expect(200);
    assertEquals(List.of("cursor: is not a cursor this list handed out; start again without it"),
        api.get(Customers.PATH + "?cursor=garbage").expect(400).fieldErrors());
    Response unknown = api.get(Customers.PATH + "?firstname=Ana").expect(400);
    assertTrue(unknown.fieldErrors().get(0).startsWith("firstname: unknown query parameter"));
    api.get(Customers.PATH + "?sort=age").expect(400);
    api.get(Customers.PATH + "?updatedSince=yesterday").expect(400);
    api.get(Customers.PATH + "?q=" + "a".repeat(101)).expect(400);
    api.get(Customers.PATH + "?q=ana&sort=createdAt").expect(400);
  }

  @Test
  void storesNothingWhenInvalid() {
    invalid(Customers.named("Ana", "Lee").put("email", "bad"));
    assertEquals(new JsonArray(), api.get(Customers.PATH).expect(200).json().getJsonArray("items"));
    assertEquals(new JsonArray(), api.get("/api/v1/events").expect(200).json().getJsonArray("items"));
  }

  private static void assertProblem(Response response, int status, String detailFragment) {
    response.expect(status);
    assertEquals("application/problem+json", response.header("Content-Type"));
    JsonObject problem = response.json();
    assertEquals(status, problem.getInteger("status"));
    assertTrue(problem.getString("detail").contains(detailFragment), problem.encode());
  }
}
