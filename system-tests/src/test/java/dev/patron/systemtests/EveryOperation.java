package dev.patron.systemtests;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.Response;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Sends every operation of the merged API document once with the smallest body its schema accepts
 * ({@link SchemaExamples}) and real ids, reads first and deletes last; each list once more with
 * every query parameter set, and page by page. Whatever each answers, it has run its statements.
 */
final class EveryOperation {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
  /** Reads, then writes, then deletes: a delete must not take away what the others need. */
  private static final List<String> ORDER = List.of("get", "post", "put", "patch", "delete");

  private final JsonObject document;
  private final SchemaExamples examples;
  private final Map<String, String> ids;
  private final Map<String, PatronClient> clientsByScheme;
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final List<String> serverErrors = new ArrayList<>();
  private final List<String> mismatches = new ArrayList<>();

  /**
   * @param ids a real id for each path parameter name the document uses ({@code customerId}, ...)
   * @param clientsByScheme a client for each security scheme ({@code tenantKey}, {@code adminToken},
   *     {@code staffSession}, {@code adminSession}) and {@code ""} for none
   */
  EveryOperation(JsonObject document, Map<String, String> ids, Map<String, PatronClient> clientsByScheme) {
    this.document = document;
    this.examples = new SchemaExamples(document, ids.get("customerId"));
    this.ids = ids;
    this.clientsByScheme = clientsByScheme;
  }

  void sendAll() {
    List<Operation> operations = new ArrayList<>();
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(entry -> {
      if (METHODS.contains(entry.getKey())) {
        operations.add(new Operation(entry.getKey(), path.getKey(), (JsonObject) entry.getValue()));
      }
    }));
    operations.sort(Comparator.comparingInt(op -> ORDER.indexOf(op.method())));
    for (Operation operation : operations) {
      send(operation);
    }
  }

  /** How many answers had each status. */
  Map<Integer, Integer> statuses() {
    return statuses;
  }

  /** The operations that answered 5xx: their statements may have stopped half way. */
  List<String> serverErrors() {
    return serverErrors;
  }

  private void send(Operation operation) {
    String mediaType = requestMediaType(operation.definition());
    JsonObject schema = mediaType == null ? null : operation.definition().getJsonObject("requestBody")
        .getJsonObject("content").getJsonObject(mediaType).getJsonObject("schema");
    if (mediaType != null && schema == null) {
      return; // a file upload (imports): the workload sends real files
    }
    String body = schema == null ? null : Json.encode(examples.example(schema));
    PatronClient client = clientFor(operation.definition());
    String path = fill(operation.template());
    Map<String, String> headers = mediaType == null ? Map.of() : Map.of("Content-Type", mediaType);
    String method = operation.method().toUpperCase(Locale.ROOT);
    try {
      record(operation, client.send(method, path + query(operation.definition(), false), body, headers));
      if (method.equals("GET") && !examples.queryParameters(operation.definition()).isEmpty()) {
        record(operation, client.send(method, path + query(operation.definition(), true), null, headers));
        pageThrough(operation, client, path);
      }
    } catch (AssertionError contractCheck) {
      // The client checks each answer against the document; a mismatch is worth reporting, but
      // the request ran its statements all the same.
      mismatches.add(method + " " + operation.template() + ": " + contractCheck.getMessage().strip().lines().findFirst()
          .orElse(""));
    }
  }

  /** Follows {@code nextCursor} one item at a time, for the statements that read a page after a cursor. */
  private void pageThrough(Operation operation, PatronClient client, String path) {
    if (!examples.queryParameters(operation.definition()).contains("cursor")) {
      return;
    }
    String required = query(operation.definition(), false);
    String first = path + (required.isEmpty() ? "?" : required + "&") + "limit=1";
    Response page = client.get(first);
    for (int i = 0; i < 3 && page.status() == 200 && page.json().getString("nextCursor") != null; i++) {
      page = client.get(first + "&cursor=" + URLEncoder.encode(page.json().getString("nextCursor"), StandardCharsets.UTF_8));
      record(operation, page);
    }
  }

  /** The answers that did not match the API document (the client's contract check). */
  List<String> mismatches() {
    return mismatches;
  }

  private void record(Operation operation, Response response) {
    statuses.merge(response.status(), 1, Integer::sum);
    if (response.status() >= 500) {
      serverErrors.add(operation.method().toUpperCase(Locale.ROOT) + " " + operation.template() + ": " + response);
    }
  }

  /** The required query parameters (or, with {@code all}, every one but the cursor) with example values. */
  private String query(JsonObject operation, boolean all) {
    List<String> pairs = new ArrayList<>();
    for (Object raw : operation.getJsonArray("parameters", new JsonArray())) {
      JsonObject parameter = examples.resolve((JsonObject) raw);
      String name = parameter.getString("name");
      if ("query".equals(parameter.getString("in")) && !name.equals("cursor")
          && (all || parameter.getBoolean("required", false))) {
        Object value = name.equals("customerId") ? ids.get("customerId")
            : examples.example(parameter.getJsonObject("schema", new JsonObject()));
        pairs.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
      }
    }
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  private PatronClient clientFor(JsonObject operation) {
    // An operation without its own security has the document's.
    JsonArray security = operation.getJsonArray("security", document.getJsonArray("security", new JsonArray()));
    String scheme = security.isEmpty() ? "" : security.getJsonObject(0).fieldNames().iterator().next();
    PatronClient client = clientsByScheme.get(scheme);
    if (client == null) {
      throw new IllegalStateException("no client for the security scheme '" + scheme + "'");
    }
    return client;
  }

  private String fill(String template) {
    String path = template;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace("{" + id.getKey() + "}", id.getValue());
    }
    return path.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
  }

  private static String requestMediaType(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    return body == null ? null : body.getJsonObject("content").fieldNames().iterator().next();
  }

  private record Operation(String method, String template, JsonObject definition) {
  }
}
