package dev.patron.systemtests;

import dev.patron.testkit.contract.OpenApiContract;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generates, for every operation of the API document, requests that are wrong in exactly one way:
 * the query, the path, the credentials, the media type, the encoding, the JSON syntax, the body's
 * shape, one member's value, or a header. Bodies are broken from the smallest valid body of the
 * operation's schema, and a broken body is kept only when the document's own schema rejects it,
 * so each probe is one the server must refuse. Deterministic for a given seed.
 */
final class BadRequests {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static final List<String> MALFORMED_JSON = List.of(
      "{", "{\"a\":1,}", "[1,2,]", "{/* comment */}", "{\"a\":1} // trailing", "{'a':1}", "{\"a\":1}{}", "{\"a\":NaN}",
      "{\"a\":01}", "{\"a\":\"\\x41\"}", "{\"a\":\"line\nbreak\"}", "{a:1}", "{\"a\" 1}", "nul", "\"unterminated",
      "[".repeat(64) + "]".repeat(64), "{\"a\":1,\"a\":2}", "\u0000", "{\"a\":\"\\uZZZZ\"}", "\ufeff\ufeff{}");
  private static final List<String> NOT_OBJECTS = List.of("[]", "\"text\"", "42", "null", "true", "[{}]");
  private static final List<String> WRONG_MEDIA_TYPES = List.of("text/plain", "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=fuzz", "application/xml", "application/json; charset=iso-8859-1",
      "application/octet-stream", "application/jsonx", "*/*");
  private static final List<String> BAD_IDS = List.of("not-an-id", "%00", "a%0Ab", "%E2%80%AE", "..%2F..",
      "0".repeat(300), "00000000-0000-0000-0000-00000000000g", "{id}");

  private final JsonObject document;
  private final OpenApiContract contract;
  private final Seeds seeds;
  private final SchemaExamples examples;
  private final Random random;
  private final Map<String, Integer> counts = new LinkedHashMap<>();
  private int operations;

  BadRequests(JsonObject document, OpenApiContract contract, Seeds seeds, long seed) {
    this.document = document;
    this.contract = contract;
    this.seeds = seeds;
    this.examples = new SchemaExamples(document, seeds.id("customerId"));
    this.random = new Random(seed);
  }

  /** Every probe, for every documented operation. */
  List<Probe> all() {
    Set<Probe> probes = new LinkedHashSet<>();
    document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(entry -> {
      if (METHODS.contains(entry.getKey())) {
        operations++;
        probes.addAll(forOperation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), (JsonObject) entry.getValue()));
      }
    }));
    return new ArrayList<>(probes);
  }

  /** How many operations {@link #all} covered. */
  int operations() {
    return operations;
  }

  /** How many probes of each kind were made. */
  Map<String, Integer> counts() {
    return counts;
  }

  private List<Probe> forOperation(String method, String template, JsonObject operation) {
    String name = method + " " + template;
    String path = seeds.fill(template);
    Map<String, String> auth = authFor(operation);
    JsonObject requestSchema = requestSchema(operation);
    String mediaType = requestMediaType(operation);
    String base = requestSchema == null ? null : io.vertx.core.json.Json.encode(examples.example(requestSchema));
    Map<String, String> headers = new LinkedHashMap<>(auth);
    if (base != null) {
      headers.put("Content-Type", mediaType);
    }
    Probe valid = Probe.of("valid", name, method, path, headers, base);
    List<Probe> probes = new ArrayList<>();

    add(probes, "query", Probe.of("unknown query parameter", name, method, path + "?fuzz_param=1", headers, base));
    for (String parameter : examples.queryParameters(operation)) {
      add(probes, "query", Probe.of("NUL in " + parameter, name, method, path + "?" + parameter + "=%00", headers, base));
      add(probes, "query", Probe.of("control character in " + parameter, name, method, path + "?" + parameter + "=a%1Fb",
          headers, base));
      add(probes, "query", Probe.of("malformed escape in " + parameter, name, method, path + "?" + parameter + "=%zz",
          headers, base));
    }
    add(probes, "path", Probe.of("malformed escape in path", name, method, path + "/%", headers, base));
    add(probes, "path", Probe.of("request line over 8 KB", name, method, path + "?x=" + "a".repeat(9000), headers, base));
    for (String parameter : pathParameters(template)) {
      for (String bad : BAD_IDS) {
        add(probes, "path", Probe.of(parameter + "=" + bad, name, method, seeds.fill(template, parameter, bad), headers, base));
      }
      add(probes, "path", Probe.of(parameter + " unknown", name, method,
          seeds.fill(template, parameter, UUID.randomUUID().toString()), headers, base));
    }
    if (!auth.isEmpty()) {
      add(probes, "auth", valid.withHeader("Authorization", null, "no credentials"));
      add(probes, "auth", valid.withHeader("Authorization", "Bearer not-a-key", "unknown key"));
      add(probes, "auth", valid.withHeader("Authorization", "Basic YWRtaW46YWRtaW4=", "basic auth"));
      add(probes, "auth", valid.withHeader("Authorization", "Bearer " + seeds.otherToken(auth), "the other kind of token"));
      add(probes, "auth", valid.withHeader("Authorization", "Bearer " + seeds.revokedKey(), "a revoked key"));
    }
    add(probes, "headers", valid.withHeader("X-Fuzz", "a".repeat(9000), "a header over 8 KB"));
    if (declares(operation, "IfMatch")) {
      for (String tag : List.of("\"999999\"", "W/\"1\"", "garbage", "\"-1\"", "\"1\", \"2\"")) {
        add(probes, "headers", valid.withHeader("If-Match", tag, "If-Match " + tag));
      }
    }
    if (declares(operation, "IdempotencyKey")) {
      for (String key : List.of("", "k".repeat(256), "ключ", "tab\tkey")) {
        add(probes, "headers", valid.withHeader("Idempotency-Key", key, "Idempotency-Key of " + key.length() + " chars"));
      }
    }
    if (base != null) {
      bodyProbes(probes, name, method, path, headers, mediaType, requestSchema, base);
    }
    return probes;
  }

  private void bodyProbes(List<Probe> probes, String name, String method, String path, Map<String, String> headers,
      String mediaType, JsonObject schema, String base) {
    for (String type : WRONG_MEDIA_TYPES) {
      add(probes, "media type", Probe.of("Content-Type " + type, name, method, path, with(headers, "Content-Type", type), base));
    }
    add(probes, "media type", Probe.of("no Content-Type", name, method, path, with(headers, "Content-Type", null), base));
    add(probes, "encoding", Probe.of("gzip declared", name, method, path, with(headers, "Content-Encoding", "gzip"), base));
    add(probes, "encoding", new Probe("not UTF-8", name, method, path, headers,
        base.replace("}", "").concat(base.length() > 2 ? ",\"x\":\"\u00ff\"}" : "\"x\":\"\u00ff\"}")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    for (String malformed : MALFORMED_JSON) {
      add(probes, "JSON syntax", Probe.of("malformed JSON", name, method, path, headers, malformed));
    }
    for (String notObject : NOT_OBJECTS) {
      add(probes, "JSON shape", Probe.of("body " + notObject, name, method, path, headers, notObject));
    }
    add(probes, "JSON shape", Probe.of("huge body", name, method, path, headers,
        "{\"notes\":\"" + "x".repeat(1_100_000) + "\"}"));
    if (!base.startsWith("{")) {
      throw new IllegalStateException(name + ": cannot build a base body from its schema, got " + base);
    }
    JsonObject baseObject = new JsonObject(base);
    List<JsonObject> broken = new ArrayList<>();
    broken.add(baseObject.copy().put("fuzzUnknownMember", 1));
    JsonObject properties = examples.resolve(schema).getJsonObject("properties", mergedProperties(schema));
    for (String member : properties.fieldNames()) {
      for (Object bad : badValues(properties.getJsonObject(member))) {
        broken.add(baseObject.copy().put(member, bad));
      }
    }
    for (int i = 0; i < 40; i++) {
      broken.add(randomlyBroken(baseObject, properties));
    }
    for (JsonObject body : broken) {
      String text = body.encode();
      if (!contract.requestBodyErrors(method, path, mediaType, text).isEmpty()) {
        add(probes, "member value", Probe.of("body the schema rejects", name, method, path, headers, text));
      }
    }
  }

  private JsonObject mergedProperties(JsonObject schema) {
    JsonObject merged = new JsonObject();
    for (Object part : examples.resolve(schema).getJsonArray("allOf", new JsonArray())) {
      merged.mergeIn(examples.resolve((JsonObject) part).getJsonObject("properties", new JsonObject()));
    }
    return merged;
  }

  /** Values wrong for a member of this schema (the document's validator has the last word). */
  private List<Object> badValues(JsonObject schema) {
    String type = examples.type(schema);
    List<Object> values = new ArrayList<>(List.of("\u0000", "a\u0000b", "\u200b\u00a0", 1e300, -1, 1.5,
        new BigInteger("92233720368547758080"), true, new JsonArray(), new JsonObject().put("x", new JsonObject())));
    int max = examples.resolve(schema).getInteger("maxLength", 20_000);
    values.add("x".repeat(Math.min(max + 1, 100_000)));
    switch (type) {
      case "string" -> values.addAll(List.of(12345, "NOT_A_VALID_VALUE_\u202e", "2026-13-45T99:99:99Z", ""));
      case "integer", "number" -> values.addAll(List.of("12", 1e20, -1e20, Long.MIN_VALUE));
      case "boolean" -> values.addAll(List.of("true", 0));
      case "object" -> values.addAll(List.of("object", new JsonObject().put("fuzzUnknownMember", 1)));
      case "array" -> values.addAll(List.of("array", new JsonObject()));
      default -> { }
    }
    return values;
  }

  private JsonObject randomlyBroken(JsonObject base, JsonObject properties) {
    JsonObject body = base.copy();
    List<String> names = new ArrayList<>(properties.fieldNames());
    String member = names.isEmpty() ? "fuzz" : names.get(random.nextInt(names.size()));
    List<Object> pool = badValues(properties.getJsonObject(member, new JsonObject()));
    Object value = pool.get(random.nextInt(pool.size()));
    if (random.nextBoolean()) {
      value = new JsonObject().put(randomText(), value);
    }
    return body.put(member, random.nextInt(4) == 0 ? randomText() + value : value);
  }

  private String randomText() {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int[] ranges = {0x00, 0x20, 0x7f, 0xa0, 0x200b, 0x2028, 0xfeff, 0xd7ff, 0x1f600};
      int codePoint = ranges[random.nextInt(ranges.length)] + random.nextInt(4);
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  private void add(List<Probe> probes, String kind, Probe probe) {
    probes.add(probe);
    counts.merge(kind, 1, Integer::sum);
  }

  private Map<String, String> authFor(JsonObject operation) {
    JsonArray security = operation.getJsonArray("security", new JsonArray());
    if (security.isEmpty()) {
      return Map.of();
    }
    String scheme = security.getJsonObject(0).fieldNames().iterator().next();
    return Map.of("Authorization", "Bearer " + (scheme.equals("adminToken") ? seeds.adminToken() : seeds.tenantKey()));
  }

  private JsonObject requestSchema(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    if (body == null) {
      return null;
    }
    JsonObject content = body.getJsonObject("content");
    return content.getJsonObject(requestMediaType(operation)).getJsonObject("schema");
  }

  private static String requestMediaType(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    return body == null ? null : body.getJsonObject("content").fieldNames().iterator().next();
  }

  private static boolean declares(JsonObject operation, String component) {
    for (Object raw : operation.getJsonArray("parameters", new JsonArray())) {
      if (("#/components/parameters/" + component).equals(((JsonObject) raw).getString("$ref"))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> pathParameters(String template) {
    List<String> names = new ArrayList<>();
    for (String segment : template.split("/")) {
      if (segment.startsWith("{")) {
        names.add(segment.substring(1, segment.length() - 1));
      }
    }
    return names;
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    if (value == null) {
      copy.remove(name);
    } else {
      copy.put(name, value);
    }
    return copy;
  }
}
