package dev.patron.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check finds what a wrong document or a wrong response gets wrong, and says where. */
class OpenApiContractTest {

  private static final String DOCUMENT = """
      {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
       "paths": {
         "/things/{id}": {"get": {"responses": {
             "200": {"description": "a thing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
             "4XX": {"description": "problem", "content": {"application/problem+json": {"schema": {"type": "object", "required": ["status"]}}}}}}},
         "/things": {"post": {
             "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}}},
             "responses": {"201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                           "4XX": {"description": "problem", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
         "/things/{id}/archive": {"delete": {"responses": {"204": {"description": "gone"}}}}},
       "components": {"schemas": {
         "Thing": {"type": "object", "additionalProperties": false, "required": ["id", "name"],
                   "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}}},
         "NewThing": {"type": "object", "additionalProperties": false, "required": ["name"],
                      "properties": {"name": {"type": "string", "maxLength": 5}}}}}}
      """;

  private final OpenApiContract contract = OpenApiContract.parse(DOCUMENT);

  private static Exchange get(String path, int status, String contentType, String body) {
    return new Exchange("GET", path, Map.of(), null, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private static Exchange post(String request, int status, String contentType, String body) {
    return new Exchange("POST", "/things", Map.of("Content-Type", "application/json"), request, status, contentType,
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aResponseAsDocumentedPasses() {
    assertEquals(List.of(), contract.violations(get("/things/8d5e4a3e-1b7a-4d6e-9c2b-0a1b2c3d4e5f", 200,
        "application/json", "{\"id\":\"8d5e4a3e-1b7a-4d6e-9c2b-0a1b2c3d4e5f\",\"name\":\"x\"}")));
    assertEquals(List.of(), contract.violations(get("/things/x", 404, "application/problem+json", "{\"status\":404}")));
  }

  @Test
  void aWrongBodyNamesRouteStatusAndJsonPath() {
    List<String> violations = contract.violations(get("/things/1", 200, "application/json", "{\"id\":\"not-a-uuid\",\"name\":7,\"extra\":1}"));
    assertEquals(3, violations.size(), violations.toString());
    assertTrue(violations.stream().allMatch(v -> v.startsWith("GET /things/{id} 200 application/json: ")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.contains("/id")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.contains("/name")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.contains("extra")), violations.toString());
  }

  @Test
  void anUndocumentedStatusOrMediaTypeOrBodyIsAViolation() {
    assertTrue(contract.violations(get("/things/1", 302, null, "")).get(0).contains("status not documented"));
    assertTrue(contract.violations(get("/things/1", 200, "text/html", "<p>")).get(0).contains("media type text/html"));
    assertTrue(contract.violations(get("/things/1", 400, "application/problem+json", "{}")).get(0).contains("status"));
    Exchange bodyOn204 = new Exchange("DELETE", "/things/1/archive", Map.of(), null, 204, "application/json",
        "{}".getBytes(StandardCharsets.UTF_8));
    assertTrue(contract.violations(bodyOn204).get(0).contains("no body"));
    assertTrue(contract.violations(get("/nowhere", 200, "application/json", "{}")).get(0).contains("no such operation"));
    assertEquals(List.of(), contract.violations(get("/nowhere", 404, "application/problem+json", "{}")));
  }

  @Test
  void requestsTheServerAcceptsMustMatchTheDocumentAndItsRefusalsToo() {
    String created = "{\"id\":\"8d5e4a3e-1b7a-4d6e-9c2b-0a1b2c3d4e5f\",\"name\":\"ab\"}";
    assertEquals(List.of(), contract.violations(post("{\"name\":\" ab\\u200b\"}", 201, "application/json", created)));
    assertTrue(contract.violations(post("{\"name\":\"abcdefgh\"}", 201, "application/json", created)).get(0)
        .contains("accepted a request body the document rejects"));
    String refusal = "{\"status\":400,\"errors\":[{\"field\":\"name\",\"message\":\"must be at most 3 characters\"}]}";
    assertTrue(contract.violations(post("{\"name\":\"abcd\"}", 400, "application/problem+json", refusal)).get(0)
        .contains("the server refused name"));
  }

  @Test
  void theFuzzOracleSeesTextAsTheServerReadsIt() {
    assertEquals(List.of(), contract.requestBodyErrors("POST", "/things", "application/json", "{\"name\":\"\\u00a0ab \"}"));
    assertEquals(1, contract.requestBodyErrors("POST", "/things", "application/json", "{\"name\":\"\\u200b\"}").size());
    assertEquals(1, contract.requestBodyErrors("POST", "/things", "application/json", "{\"name\":\"x\",\"y\":1}").size());
  }
}
