package dev.patron.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client really checks what it receives: against a server whose document says a thing has a
 * numeric {@code size}, a response with a text {@code size} fails the test that made the call.
 */
class ContractWiringTest {

  private static final String DOCUMENT = """
      {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {
        "/api/v1/things/{id}": {"get": {"responses": {"200": {"description": "a thing", "content":
          {"application/json": {"schema": {"type": "object", "required": ["size"],
            "properties": {"size": {"type": "integer"}}}}}}}}}}}
      """;

  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/openapi.json", exchange -> reply(exchange, DOCUMENT));
    server.createContext("/api/v1/things/right", exchange -> reply(exchange, "{\"size\": 3}"));
    server.createContext("/api/v1/things/wrong", exchange -> reply(exchange, "{\"size\": \"three\"}"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Test
  void aResponseTheDocumentDoesNotDescribeFailsTheCall() {
    PatronClient client = new PatronClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "key");
    assertEquals(200, client.get("/api/v1/things/right").status());
    AssertionError failure = assertThrows(AssertionError.class, () -> client.get("/api/v1/things/wrong"));
    assertTrue(failure.getMessage().contains("GET /api/v1/things/{id} 200 application/json: /size"), failure.getMessage());
  }
}
