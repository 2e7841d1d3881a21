package dev.patron.server.http.contract;

import dev.patron.api.tenant.StaffRole;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The merged OpenAPI document as rules the request pipeline enforces, so the document is not a
 * description beside the code but the one place that says which query parameters and body media
 * types each operation accepts, for the core and every plugin alike. Immutable and thread-safe.
 */
public final class ApiContract {

  /** Operations by method, then by number of path segments: a lookup compares a handful. */
  private final Map<String, Map<Integer, List<Template>>> operations = new HashMap<>();
  private final int size;

  private record Template(String[] segments, int literals, Operation operation) {
  }

  private ApiContract(List<Operation> all) {
    for (Operation operation : all) {
      String[] segments = operation.template().split("/", -1);
      int literals = 0;
      for (String segment : segments) {
        literals += isParameter(segment) ? 0 : 1;
      }
      operations.computeIfAbsent(operation.method(), m -> new HashMap<>())
          .computeIfAbsent(segments.length, n -> new ArrayList<>())
          .add(new Template(segments, literals, operation));
    }
    this.size = all.size();
  }

  /** Reads the operations of a (merged) OpenAPI 3.1 document. */
  public static ApiContract of(JsonObject document) {
    List<Operation> all = new ArrayList<>();
    JsonObject components = document.getJsonObject("components", new JsonObject());
    OpenApiOperations.forEach(document.getJsonObject("paths", new JsonObject()), (path, item, method, operation) ->
        all.add(operation(method, path, operation, item.getJsonArray("parameters", new JsonArray()), components)));
    return new ApiContract(all);
  }

  private static Operation operation(String method, String template, JsonObject operation, JsonArray shared,
      JsonObject components) {
    Set<String> query = new LinkedHashSet<>();
    Set<String> repeatable = new LinkedHashSet<>();
    List<Object> parameters = new ArrayList<>();
    shared.forEach(parameters::add);
    operation.getJsonArray("parameters", new JsonArray()).forEach(parameters::add);
    for (Object raw : parameters) {
      JsonObject parameter = resolve(asObject(raw), components, "parameters");
      if ("query".equals(parameter.getString("in"))) {
        query.add(parameter.getString("name"));
        JsonObject schema = parameter.getJsonObject("schema", new JsonObject());
        if ("array".equals(schema.getValue("type"))) {
          repeatable.add(parameter.getString("name"));
        }
      }
    }
    List<String> mediaTypes = new ArrayList<>();
    JsonObject body = operation.getJsonObject("requestBody");
    if (body != null) {
      mediaTypes.addAll(resolve(body, components, "requestBodies").getJsonObject("content", new JsonObject()).fieldNames());
    }
    return new Operation(method.toUpperCase(Locale.ROOT), template, operation.getString("x-patron-plugin"),
        Set.copyOf(query), Set.copyOf(repeatable), List.copyOf(mediaTypes), bodyLimit(operation),
        Boolean.TRUE.equals(operation.getValue(Operation.STREAMED_BODY_EXTENSION)), role(method, operation));
  }

  /** The role the operation declares; one it names wrongly needs the highest, so a typo opens nothing. */
  private static StaffRole role(String method, JsonObject operation) {
    StaffRole role = Operation.declaredRole(method, operation.getValue(Operation.ROLE_EXTENSION));
    return role == null ? StaffRole.OWNER : role;
  }

  /**
   * The operation's declared body limit, within what any operation may declare; 0 when it declares
   * none (or something other than a positive number, which leaves it at the server's limit).
   */
  private static long bodyLimit(JsonObject operation) {
    Object declared = operation.getValue(Operation.BODY_LIMIT_EXTENSION);
    if (!(declared instanceof Number number) || number.longValue() < 1) {
      return 0;
    }
    return Math.min(number.longValue(), Operation.MAX_DECLARED_BODY_LIMIT);
  }

  private static JsonObject asObject(Object raw) {
    return raw instanceof JsonObject object ? object : JsonObject.mapFrom(raw);
  }

  /** Follows a local {@code $ref} into {@code components.<kind>}. */
  private static JsonObject resolve(JsonObject node, JsonObject components, String kind) {
    String ref = node.getString("$ref");
    if (ref == null) {
      return node;
    }
    String prefix = "#/components/" + kind + "/";
    JsonObject target = ref.startsWith(prefix)
        ? components.getJsonObject(kind, new JsonObject()).getJsonObject(ref.substring(prefix.length()))
        : null;
    if (target == null) {
      throw new IllegalArgumentException("unresolvable $ref " + ref);
    }
    return target;
  }

  /**
   * The operation for a request, or {@code null} when none is documented (the router then answers
   * 404 or 405). Where templates overlap ({@code /customers/import} and {@code /customers/{id}}),
   * the one with more literal segments wins, as in the router.
   */
  public Operation find(String method, String path) {
    if (path == null) {
      return null;
    }
    Map<Integer, List<Template>> byLength = operations.get(method);
    if (byLength == null) {
      return null;
    }
    String[] segments = path.split("/", -1);
    List<Template> candidates = byLength.get(segments.length);
    if (candidates == null) {
      return null;
    }
    Template best = null;
    for (Template template : candidates) {
      if (matches(template.segments(), segments) && (best == null || template.literals() > best.literals())) {
        best = template;
      }
    }
    return best == null ? null : best.operation();
  }

  private static boolean matches(String[] template, String[] path) {
    for (int i = 0; i < template.length; i++) {
      if (isParameter(template[i]) ? path[i].isEmpty() : !template[i].equals(path[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isParameter(String segment) {
    return segment.length() > 2 && segment.charAt(0) == '{' && segment.charAt(segment.length() - 1) == '}';
  }

  /** How many operations the document has. */
  public int size() {
    return size;
  }
}
