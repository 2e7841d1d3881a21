package dev.patron.testkit;

import dev.patron.testkit.contract.ContractChecks;
import dev.patron.testkit.contract.Exchange;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A small blocking HTTP client for tests, sending {@code Authorization: Bearer <token>} and JSON.
 * Every exchange is checked against the server's OpenAPI document ({@link ContractChecks}): a
 * response the document does not describe fails the test. Thread-safe: tests may fire concurrent
 * requests from many threads.
 */
public final class PatronClient {

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1)
      .build();

  private final URI base;
  private final String token;
  private final String cookie;
  private final String csrfToken;

  public PatronClient(URI base, String token) {
    this(base, token, null, null);
  }

  private PatronClient(URI base, String token, String cookie, String csrfToken) {
    this.base = base;
    this.token = token;
    this.cookie = cookie;
    this.csrfToken = csrfToken;
  }

  /** The same server with other credentials. */
  public PatronClient withToken(String otherToken) {
    return new PatronClient(base, otherToken);
  }

  /**
   * The same server as a browser with a session: sends {@code cookie} ({@code name=value}) and, on
   * changes, the session's CSRF token ({@code null}: none, to test the refusal); no bearer token.
   */
  public PatronClient withSession(String cookie, String csrfToken) {
    return new PatronClient(base, null, cookie, csrfToken);
  }

  public URI base() {
    return base;
  }

  public Response get(String path) {
    return send("GET", path, null, Map.of());
  }

  public Response get(String path, Map<String, String> headers) {
    return send("GET", path, null, headers);
  }

  public Response post(String path, JsonObject body) {
    return send("POST", path, body == null ? null : body.encode(), Map.of());
  }

  public Response post(String path, JsonObject body, Map<String, String> headers) {
    return send("POST", path, body == null ? null : body.encode(), headers);
  }

  public Response put(String path, JsonObject body) {
    return send("PUT", path, body.encode(), Map.of());
  }

  public Response patch(String path, JsonObject body) {
    return send("PATCH", path, body.encode(), Map.of());
  }

  public Response patch(String path, JsonObject body, Map<String, String> headers) {
    return send("PATCH", path, body.encode(), headers);
  }

  public Response delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  public Response delete(String path, Map<String, String> headers) {
    return send("DELETE", path, null, headers);
  }

  /** Any request; {@code body} is sent as is, in UTF-8 (use it for malformed bodies). */
  public Response send(String method, String path, String body, Map<String, String> headers) {
    return send(method, path, body, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body), headers);
  }

  /** Any request with a body of these bytes (a file in another charset, say). */
  public Response sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
    return send(method, path, new String(body, java.nio.charset.StandardCharsets.ISO_8859_1),
        HttpRequest.BodyPublishers.ofByteArray(body), headers);
  }

  private Response send(String method, String path, String body, HttpRequest.BodyPublisher publisher,
      Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .method(method, publisher);
    if (body != null && !headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    if (token != null && !headers.containsKey("Authorization")) {
      request.header("Authorization", "Bearer " + token);
    }
    if (cookie != null && !headers.containsKey("Cookie")) {
      request.header("Cookie", cookie);
    }
    if (csrfToken != null && !method.equals("GET") && !headers.containsKey("X-CSRF-Token")) {
      request.header("X-CSRF-Token", csrfToken);
    }
    headers.forEach(request::header);
    try {
      HttpRequest built = request.build();
      HttpResponse<byte[]> response = HTTP.send(built, HttpResponse.BodyHandlers.ofByteArray());
      Map<String, String> sent = new java.util.HashMap<>(headers);
      if (body != null) {
        sent.putIfAbsent("Content-Type", "application/json");
      }
      ContractChecks.check(base, new Exchange(method, built.uri().getRawPath(), sent, body,
          response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body()));
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
