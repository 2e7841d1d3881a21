package dev.patron.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.RawHttp;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request pipeline's own rules, each found by trying the API as a hostile client would: every
 * one of these was a 500, an empty error or a silently accepted request before.
 */
class HardeningIT {

  @RegisterExtension
  static PatronExtension patron = PatronExtension.builder().build();

  private TestTenant tenant;
  private PatronClient api;

  @BeforeEach
  void newTenant() {
    tenant = patron.newTenant();
    api = tenant.client();
  }

  @ParameterizedTest
  @ValueSource(strings = {"email=%00", "referenceId=%00", "email=a%00b", "q=%00", "updatedSince=%01", "sort=%7F"})
  void controlCharactersInQueriesAre400NotDatabaseErrors(String query) {
    Response response = problem(api.get(Customers.PATH + "?" + query), 400);
    assertTrue(response.fieldErrors().get(0).endsWith("must not contain control characters"), response.body());
  }

  @Test
  void controlCharactersInPathIdsAre400() {
    problem(api.get(Customers.PATH + "/abc%00def"), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
      "application/xml", "application/json; charset=iso-8859-1", "application/merge-patch+json"})
  void aBodyThatIsNotJsonIs415WhateverItsSize(String contentType) {
    for (int size : new int[] {40, 3_000, 300_000}) {
      String body = "{\"firstName\":\"A\",\"lastName\":\"B\",\"notes\":\"" + "x".repeat(size) + "\"}";
      problem(api.send("POST", Customers.PATH, body, Map.of("Content-Type", contentType)), 415);
    }
    assertEquals(0, api.get(Customers.PATH).expect(200).items().size());
  }

  @Test
  void aBodyWithoutContentTypeIs415() {
    RawHttp.Reply reply = RawHttp.send(api.base(), "POST /api/v1/customers HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Bearer " + tenant.apiKey() + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    assertEquals(415, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.contentType());
  }

  @Test
  void patchTakesAMergePatchOrJsonOnly() {
    String id = Customers.create(api, Customers.named("Ana", "Lee")).getString("id");
    String patch = "{\"notes\":\"window seat\"}";
    api.send("PATCH", Customers.path(id), patch, Map.of("Content-Type", "application/merge-patch+json")).expect(200);
    api.send("PATCH", Customers.path(id), patch, Map.of("Content-Type", "application/json; charset=UTF-8")).expect(200);
    problem(api.send("PATCH", Customers.path(id), patch, Map.of("Content-Type", "text/plain")), 415);
  }

  @Test
  void aRequestWithoutHostIsAProblemNot500() {
    RawHttp.Reply reply = RawHttp.send(api.base(), "GET /api/v1/customers HTTP/1.1\r\nAuthorization: Bearer "
        + tenant.apiKey() + "\r\nConnection: close\r\n\r\n");
    assertEquals(400, reply.status());
    assertEquals("application/problem+json", reply.contentType());
    assertTrue(reply.body().contains("Host header"), reply.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/customers/%", "/api/v1/customers/%zz", "/api/v1/%E0%A4%A", "/api/v1/customers?q=%",
      "/api/v1/customers?q=%G1"})
  void malformedPercentEscapesAreProblems(String target) {
    RawHttp.Reply reply = RawHttp.get(api.base(), target, tenant.apiKey());
    assertEquals(400, reply.status(), reply.body());
    assertEquals("application/problem+json", reply.contentType());
    assertTrue(reply.body().contains("malformed percent-escape"), reply.body());
  }

  @Test
  void tooLongRequestLinesAndHeadersAreProblems() {
    RawHttp.Reply longUrl = RawHttp.get(api.base(), "/api/v1/customers/" + "a".repeat(10_000), tenant.apiKey());
    assertEquals(414, longUrl.status());
    assertEquals("application/problem+json", longUrl.contentType());
    RawHttp.Reply bigHeader = RawHttp.get(api.base(), "/api/v1/customers", tenant.apiKey(), "X-Big: " + "a".repeat(10_000));
    assertEquals(431, bigHeader.status());
    assertEquals("application/problem+json", bigHeader.contentType());
  }

  @Test
  void unknownQueryParametersAre400OnEveryRoute() {
    String id = Customers.create(api, Customers.named("Ana", "Lee")).getString("id");
    String etag = api.get(Customers.path(id)).expect(200).header("ETag");
    assertEquals(List.of("bogus: unknown query parameter; allowed: none"),
        problem(api.get(Customers.path(id) + "?bogus=1"), 400).fieldErrors());
    problem(api.patch(Customers.path(id) + "?bogus=1", new JsonObject().put("notes", "x")), 400);
    problem(api.delete(Customers.path(id) + "?bogus=1", Map.of("If-Match", etag)), 400);
    problem(patron.admin().get("/api/v1/admin/tenants/" + tenant.id() + "?bogus=1"), 400);
    problem(api.get("/api/v1/events?bogus=1"), 400);
    // The customer is untouched by all of it.
    assertEquals(1L, api.get(Customers.path(id)).expect(200).json().getLong("version"));
  }

  @Test
  void ifMatchComparesStrongly() {
    String id = Customers.create(api, Customers.named("Ana", "Lee")).getString("id");
    problem(api.delete(Customers.path(id), Map.of("If-Match", "W/\"1\"")), 412);
    problem(api.patch(Customers.path(id), new JsonObject().put("notes", "x"), Map.of("If-Match", "W/\"1\"")), 412);
    api.get(Customers.path(id)).expect(200);
    api.delete(Customers.path(id), Map.of("If-Match", "\"1\"")).expect(204);
  }

  @Test
  void onlyRfc8259JsonIsAccepted() {
    Response comment = problem(api.send("POST", Customers.PATH, "{\"firstName\":\"A\",/* x */\"lastName\":\"B\"}", Map.of()), 400);
    assertEquals("The body is not valid JSON: unexpected '/': JSON has no comments (line 1, column 18).",
        comment.json().getString("detail"));
    Response trailing = problem(api.send("POST", Customers.PATH, "{\"firstName\":\"A\",\n\"lastName\":\"B\",}", Map.of()), 400);
    assertTrue(trailing.json().getString("detail").endsWith("(line 2, column 16)."), trailing.body());
    problem(api.send("POST", Customers.PATH, "{\"firstName\":\"A\",\"firstName\":\"B\",\"lastName\":\"C\"}", Map.of()), 400);
    problem(api.send("POST", Customers.PATH, "{'firstName':'A','lastName':'B'}", Map.of()), 400);
    assertEquals(0, api.get(Customers.PATH).expect(200).items().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "\u200b", "\u0085\u2028\u2029", "\ufeff", "\u3000\u200d", " \t "})
  void namesOfInvisibleCharactersAreBlank(String name) {
    Response response = problem(api.post(Customers.PATH, Customers.named(name, "Lee")), 400);
    assertEquals(List.of("firstName: must not be blank"), response.fieldErrors());
    assertEquals("Ana", Customers.create(api, Customers.named("\u200bAna\u00a0", "Lee")).getString("firstName"));
  }

  @Test
  void idempotencyKeysAreVisibleAscii() {
    RawHttp.Reply cyrillic = RawHttp.send(api.base(), "POST /api/v1/customers HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Bearer " + tenant.apiKey() + "\r\nIdempotency-Key: ключ\r\nContent-Type: application/json\r\n"
        + "Content-Length: 32\r\nConnection: close\r\n\r\n{\"firstName\":\"A\",\"lastName\":\"B\"}");
    assertEquals(400, cyrillic.status(), cyrillic.body());
    assertTrue(cyrillic.body().contains("visible ASCII"), cyrillic.body());
    problem(api.post(Customers.PATH, Customers.named("Ana", "Lee"), Map.of("Idempotency-Key", "a".repeat(256))), 400);
    api.post(Customers.PATH, Customers.named("Ana", "Lee"), Map.of("Idempotency-Key", "till-7 receipt/42")).expect(201);
  }

  private static Response problem(Response response, int status) {
    assertEquals(status, response.status(), response.body());
    assertEquals("application/problem+json", response.header("Content-Type"));
    assertEquals(status, response.json().getInteger("status"));
    return response;
  }
}
