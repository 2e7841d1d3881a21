package dev.patron.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.testkit.PatronClient;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.Response;
import dev.patron.testkit.StaffAccounts;
import dev.patron.testkit.StaffAccounts.SignedIn;
import dev.patron.testkit.TestTenant;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The permission matrix, table-driven from {@code docs/ROLES.md}: the served document declares
 * exactly the roles the guide lists for every restaurant operation (the core's and each bundled
 * plugin's), and every operation, called as staff, manager, owner and with an API key, refuses
 * exactly the callers below its role.
 */
class RoleMatrixIT {

  private static final Pattern ROW = Pattern.compile(
      "^\\| (GET|POST|PUT|PATCH|DELETE) \\| `(/api/v1/[^`]+)` \\| (STAFF|MANAGER|OWNER) \\|");
  private static final List<String> ROLES = List.of("STAFF", "MANAGER", "OWNER");

  @RegisterExtension
  static PatronExtension patron = Bundled.everyPluginEnabled().build();

  @Test
  void theServedDocumentDeclaresExactlyTheRolesTheGuideLists() throws IOException {
    assertEquals(documented(), served());
  }

  @Test
  void everyOperationRefusesExactlyTheCallersBelowItsRole() {
    TestTenant tenant = patron.newTenant();
    SignedIn owner = StaffAccounts.owner(patron.admin(), tenant.id(), "owner@matrix.example");
    Map<String, PatronClient> callers = new TreeMap<>(Map.of(
        "OWNER", owner.client(),
        "MANAGER", StaffAccounts.member(owner, "manager@matrix.example", "MANAGER").client(),
        "STAFF", StaffAccounts.member(owner, "staff@matrix.example", "STAFF").client(),
        "API key (MANAGER)", tenant.client()));
    JsonObject paths = new JsonObject(patron.server().anonymous().get("/api/v1/openapi.json").expect(200).body())
        .getJsonObject("paths");

    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, String> operation : served().entrySet()) {
      String[] methodAndPath = operation.getKey().split(" ", 2);
      JsonObject declared = paths.getJsonObject(methodAndPath[1]).getJsonObject(methodAndPath[0].toLowerCase());
      String required = operation.getValue();
      for (Map.Entry<String, PatronClient> caller : callers.entrySet()) {
        String role = caller.getKey().startsWith("API key") ? "MANAGER" : caller.getKey();
        boolean allowed = ROLES.indexOf(role) >= ROLES.indexOf(required);
        Response response = call(caller.getValue(), methodAndPath[0], methodAndPath[1], declared);
        calls++;
        boolean refusedForRole = response.status() == 403 && response.body().contains("role-required");
        if (allowed == refusedForRole) {
          wrong.add(operation.getKey() + " (needs " + required + ") as " + caller.getKey() + ": " + response.status()
              + " " + response.body());
        }
      }
    }
    assertTrue(calls >= 250, "only " + calls + " calls");
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
  }

  /** The operation with made-up ids and an empty body of the media type it takes: enough to pass or fail the role check. */
  private static Response call(PatronClient client, String method, String template, JsonObject operation) {
    String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    JsonObject content = operation.getJsonObject("requestBody") == null ? null
        : operation.getJsonObject("requestBody").getJsonObject("content");
    if (content == null) {
      return client.send(method, path, null, Map.of());
    }
    String mediaType = content.containsKey("application/json") ? "application/json" : content.fieldNames().iterator().next();
    String body = switch (mediaType) {
      case "application/json" -> "{}";
      case "application/x-ndjson" -> "{}\n";
      default -> "x\n";
    };
    return client.send(method, path, body, Map.of("Content-Type", mediaType));
  }

  /** "METHOD path" to role, from the guide's tables. */
  private static Map<String, String> documented() throws IOException {
    Map<String, String> roles = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("..", "docs", "ROLES.md"), StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        roles.put(row.group(1) + " " + row.group(2), row.group(3));
      }
    }
    return roles;
  }

  /** "METHOD path" to role, for every restaurant operation of the served document. */
  private static Map<String, String> served() {
    JsonObject document = new JsonObject(patron.server().anonymous().get("/api/v1/openapi.json").expect(200).body());
    Map<String, String> roles = new TreeMap<>();
    document.getJsonObject("paths").forEach(path -> {
      boolean tenantRoute = path.getKey().startsWith("/api/v1/") && !path.getKey().startsWith("/api/v1/admin/")
          && !path.getKey().startsWith("/api/v1/auth/") && !path.getKey().equals("/api/v1/openapi.json");
      ((JsonObject) path.getValue()).forEach(entry -> {
        if (tenantRoute && entry.getValue() instanceof JsonObject operation) {
          roles.put(entry.getKey().toUpperCase() + " " + path.getKey(), operation.getString("x-patron-role", "(none)"));
        }
      });
    });
    return roles;
  }
}
