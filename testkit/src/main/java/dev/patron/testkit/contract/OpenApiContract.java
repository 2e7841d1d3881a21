package dev.patron.testkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks exchanges against an OpenAPI 3.1 document with an independent JSON Schema 2020-12
 * validator (networknt), so a client generated from the document accepts what the server sends:
 *
 * <ul>
 *   <li>every response's status is documented for its operation (exactly, or as {@code 4XX}),
 *       with its media type, and its body validates against the documented schema;
 *   <li>every request the server accepted (2xx) validates against the documented request body
 *       schema, and a request the server refused as structurally wrong (a required field missing,
 *       a string too long, an unknown field) is refused by the schema too.
 * </ul>
 *
 * <p>The document describes text input as the server reads it ({@link TextInput}): trimmed of
 * invisible characters, and null when nothing is left. Request bodies are checked in that form.
 *
 * <p>Routes of a plugin that ships no fragment are not in the document and are not checked.
 * Thread-safe: compiled schemas are cached.
 */
public final class OpenApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final Pattern STRUCTURAL = Pattern.compile("is required|must be at most \\d+ characters|unknown field");
  /** What the server may answer a request that reaches no operation (unreadable, unknown, too long). */
  private static final Set<Integer> UNROUTABLE = Set.of(400, 404, 405, 414, 431);
  private static final Pattern PLUGIN_PATH = Pattern.compile("^/api/v1/plugins/([^/]+)/.*");

  private final JsonNode document;
  private final List<Route> routes = new ArrayList<>();
  private final Set<String> documentedPlugins = ConcurrentHashMap.newKeySet();
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private final Map<JsonNode, Schema> schemas = new ConcurrentHashMap<>();

  private record Route(String method, String template, Pattern pattern, int literals, JsonNode operation) {
  }

  private OpenApiContract(JsonNode document) {
    this.document = document;
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
      if (METHODS.contains(entry.getKey())) {
        routes.add(route(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), entry.getValue()));
        String plugin = entry.getValue().path("x-patron-plugin").asText(null);
        if (plugin != null) {
          documentedPlugins.add(plugin);
        }
      }
    }));
  }

  /** A contract from the document's JSON text. */
  public static OpenApiContract parse(String document) {
    try {
      return new OpenApiContract(JSON.readTree(document));
    } catch (IOException e) {
      throw new IllegalArgumentException("the API document is not JSON: " + e.getMessage(), e);
    }
  }

  private static Route route(String method, String template, JsonNode operation) {
    StringBuilder regex = new StringBuilder("^");
    int literals = 0;
    for (String segment : template.substring(1).split("/", -1)) {
      regex.append('/');
      if (segment.startsWith("{") && segment.endsWith("}")) {
        regex.append("[^/]+");
      } else {
        regex.append(Pattern.quote(segment));
        literals++;
      }
    }
    return new Route(method, template, Pattern.compile(regex.append('$').toString()), literals, operation);
  }

  /** What is wrong with the exchange, as one line each naming operation, status and JSON path. */
  public List<String> violations(Exchange exchange) {
    List<String> violations = new ArrayList<>();
    Route route = find(exchange.method(), exchange.path());
    if (route == null) {
      Matcher plugin = PLUGIN_PATH.matcher(exchange.path());
      boolean undocumentedPlugin = plugin.matches() && !documentedPlugins.contains(plugin.group(1));
      if (!undocumentedPlugin && !UNROUTABLE.contains(exchange.status())) {
        violations.add(exchange.method() + " " + exchange.path() + " answered " + exchange.status()
            + " but the document has no such operation");
      }
      return violations;
    }
    String name = route.method() + " " + route.template() + " " + exchange.status();
    checkResponse(route, exchange, name, violations);
    checkRequest(route, exchange, name, violations);
    return violations;
  }

  /**
   * What the document's request schema finds wrong with {@code body} for an operation; empty when
   * it is valid or the operation documents no schema for {@code mediaType}. A fuzzer's oracle:
   * whatever the document rejects, the server must refuse too.
   */
  public List<String> requestBodyErrors(String method, String path, String mediaType, String body) {
    Route route = find(method, path);
    JsonNode requestBody = route == null ? null : route.operation().get("requestBody");
    JsonNode media = requestBody == null ? null : resolve(requestBody).path("content").get(mediaType);
    if (media == null || !media.has("schema")) {
      return List.of();
    }
    try {
      return validate(media.get("schema"), TextInput.asRead(JSON.readTree(body)));
    } catch (IOException e) {
      return List.of("not JSON");
    }
  }

  private Route find(String method, String path) {
    Route best = null;
    for (Route route : routes) {
      if (route.method().equals(method) && route.pattern().matcher(path).matches()
          && (best == null || route.literals() > best.literals())) {
        best = route;
      }
    }
    return best;
  }

  private void checkResponse(Route route, Exchange exchange, String name, List<String> violations) {
    JsonNode responses = route.operation().path("responses");
    String status = String.valueOf(exchange.status());
    JsonNode response = responses.get(status);
    if (response == null) {
      response = responses.get(status.charAt(0) + "XX");
    }
    if (response == null) {
      response = responses.get("default");
    }
    if (response == null) {
      violations.add(name + ": status not documented (documented: " + fieldNames(responses) + ")");
      return;
    }
    response = resolve(response);
    JsonNode content = response.get("content");
    boolean hasBody = exchange.responseBody() != null && exchange.responseBody().length > 0;
    if (content == null || content.isEmpty()) {
      if (hasBody) {
        violations.add(name + ": the document says no body, but one came (" + exchange.responseContentType() + ")");
      }
      return;
    }
    String mediaType = essence(exchange.responseContentType());
    JsonNode media = mediaType == null ? null : content.get(mediaType);
    if (media == null) {
      violations.add(name + ": media type " + mediaType + " not documented (documented: " + fieldNames(content) + ")");
      return;
    }
    if (isJson(mediaType) && media.has("schema")) {
      JsonNode body;
      try {
        body = JSON.readTree(exchange.responseBody());
      } catch (IOException e) {
        violations.add(name + ": " + mediaType + " body is not JSON");
        return;
      }
      validate(media.get("schema"), body).forEach(error -> violations.add(name + " " + mediaType + ": " + error));
    }
  }

  private void checkRequest(Route route, Exchange exchange, String name, List<String> violations) {
    if (exchange.requestBody() == null || exchange.requestBody().isEmpty()) {
      return;
    }
    JsonNode requestBody = route.operation().get("requestBody");
    String mediaType = essence(exchange.requestHeaders().getOrDefault("Content-Type", "application/json"));
    JsonNode media = requestBody == null ? null : resolve(requestBody).path("content").get(mediaType);
    if (media == null || !media.has("schema")) {
      return;
    }
    JsonNode body;
    try {
      body = TextInput.asRead(JSON.readTree(exchange.requestBody()));
    } catch (IOException e) {
      return; // a deliberately malformed body; the server's answer is checked above
    }
    List<String> errors = validate(media.get("schema"), body);
    int status = exchange.status();
    if (status >= 200 && status < 300) {
      errors.forEach(error -> violations.add(name + ": the server accepted a request body the document rejects: " + error));
    } else if (status == 400 && errors.isEmpty()) {
      for (String refused : structuralRefusals(exchange.responseBody())) {
        violations.add(name + ": the server refused " + refused + ", but the document's request schema accepts the body");
      }
    }
  }

  /** Field errors of a 400 that a schema can express (and so must). */
  private static List<String> structuralRefusals(byte[] problem) {
    List<String> refused = new ArrayList<>();
    try {
      for (JsonNode error : JSON.readTree(problem).path("errors")) {
        String field = error.path("field").asText();
        String message = error.path("message").asText();
        // Extension namespaces and plugin settings are validated by each plugin, not described here.
        if (!field.startsWith("extensions.") && !field.startsWith("config.") && !field.contains("[") && STRUCTURAL.matcher(message).matches()) {
          refused.add(field + " (" + message + ")");
        }
      }
    } catch (IOException e) {
      // not a problem document: reported by the response check
    }
    return refused;
  }

  private List<String> validate(JsonNode schema, JsonNode instance) {
    Schema compiled = schemas.computeIfAbsent(schema, this::compile);
    List<String> messages = new ArrayList<>();
    for (Error error : compiled.validate(instance)) {
      messages.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return messages;
  }

  /** The schema with the document's components beside it, so its {@code $ref}s resolve. */
  private Schema compile(JsonNode schema) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", document.path("components"));
    root.set("allOf", JSON.createArrayNode().add(schema));
    return registry.getSchema(root);
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    JsonNode target = document.at(ref.asText().substring(1));
    if (target.isMissingNode()) {
      throw new IllegalStateException("the document's $ref " + ref.asText() + " resolves to nothing");
    }
    return target;
  }

  private static String essence(String contentType) {
    return contentType == null ? null : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static String fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return String.join(", ", names);
  }
}
