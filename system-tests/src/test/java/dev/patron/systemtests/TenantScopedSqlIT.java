package dev.patron.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patron.systemtests.CrossTenantStatements.Entry;
import dev.patron.systemtests.fixtures.FlakyListener;
import dev.patron.testkit.PatronExtension;
import dev.patron.testkit.PluginJar;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every statement the core and the bundled plugins run touches a tenant table only for one tenant
 * (a {@code tenant_id} equality, the property Citus routes a query to one shard by), but for the
 * ones {@link CrossTenantStatements} lists. The server runs on a PostgreSQL of the test's own that
 * logs every statement; a broad workload drives it ({@link Workload}, then {@link EveryOperation});
 * then each distinct statement the server sent is checked ({@link TenantScopeChecker}). A new
 * statement that does not name its tenant fails the build, and so does an allow-list entry that no
 * statement matches any more.
 */
class TenantScopedSqlIT {

  private static final Path WORK = Path.of(System.getProperty("patron.test.workdir", "target"))
      .resolve("tenant-scoped-sql-" + UUID.randomUUID());
  private static final StatementLog LOG = new StatementLog(WORK.resolve("statements"));
  /** JDBC sessions: the server's schema migrations (Flyway) and this test's own catalog query. */
  private static final String JDBC = "PostgreSQL JDBC";
  /** A plugin whose listener fails its first delivery: dispatch's retry and dead-letter statements run. */
  private static final String FLAKY = "flaky";
  /** Fewer distinct statements than this means the log or the workload broke, not that all is well. */
  private static final int AT_LEAST = 200;

  @RegisterExtension
  @Order(1)
  static ExternalPostgres postgres = ExternalPostgres.builder().directory(WORK).settings(LOG.serverSettings()).build();

  @RegisterExtension
  @Order(2)
  static PatronExtension patron = Bundled.everyPluginEnabled().isolated()
      .plugin(PluginJar.builder(FLAKY).classesOf(FlakyListener.class).extensions(FlakyListener.class)
          .build(WORK.resolve("fixture-plugins")))
      .enable(FLAKY, new JsonObject())
      .setting("PATRON_DATABASE_URL", postgres.databaseUrl())
      // A failed delivery is a dead letter at once, for the console's statements.
      .setting("PATRON_EVENT_MAX_ATTEMPTS", "1")
      .setting("PATRON_EVENT_POLL_MS", "200")
      .setting("PATRON_PLUGIN_WEBHOOKS_POLL_MS", "200")
      .build();

  private static final WebhookReceiver RECEIVER = WebhookReceiver.start();

  /** The server goes before its database does (the extensions' afterAll runs after this). */
  @AfterAll
  static void stopTheServerFirst() {
    patron.server().stop();
    RECEIVER.close();
  }

  @Test
  void everyStatementOnATenantTableNamesItsTenant() throws Exception {
    long started = System.nanoTime();
    Workload workload = Workload.run(patron, RECEIVER, FLAKY);
    JsonObject document = new JsonObject(patron.server().anonymous().get("/api/v1/openapi.json").expect(200).body());
    EveryOperation every = new EveryOperation(document, workload.ids(), workload.clientsByScheme());
    every.sendAll();
    workload.settle();
    Map<String, String> tenantTables;
    try (Connection connection = postgres.connect()) {
      tenantTables = TenantTables.read(connection);
    }
    Map<String, Integer> statements = LOG.distinct(ExternalPostgres.DATABASE, JDBC);

    TenantScopeChecker checker = new TenantScopeChecker(tenantTables);
    Map<String, List<String>> unlisted = new LinkedHashMap<>();
    Map<Entry, Integer> matches = new LinkedHashMap<>();
    CrossTenantStatements.ALLOWED.forEach(entry -> matches.put(entry, 0));
    for (String statement : statements.keySet()) {
      List<String> problems = checker.problems(statement);
      if (!problems.isEmpty()) {
        Entry entry = CrossTenantStatements.covering(statement);
        if (entry == null) {
          unlisted.put(statement, problems);
        } else {
          matches.merge(entry, 1, Integer::sum);
        }
      }
    }
    Set<String> stale = new LinkedHashSet<>();
    matches.forEach((entry, count) -> {
      if (count == 0) {
        stale.add(entry.fragment());
      }
    });
    report(statements, tenantTables, matches, every, started);

    assertTrue(statements.size() >= AT_LEAST, "only " + statements.size() + " distinct statements in " + WORK);
    assertEquals(List.of(), every.serverErrors(), "requests that failed half way ran only some of their statements");
    assertTrue(unlisted.isEmpty(), unlisted.size() + " statements touch a tenant table without naming one tenant;"
        + " make them name it, or list them in CrossTenantStatements with the reason:\n" + describe(unlisted));
    assertTrue(stale.isEmpty(), "CrossTenantStatements entries no statement matched (remove them): " + stale);
  }

  private static String describe(Map<String, List<String>> unlisted) {
    List<String> lines = new ArrayList<>();
    unlisted.forEach((statement, problems) -> lines.add("- " + statement + "\n    " + String.join("\n    ", problems)));
    return String.join("\n", lines);
  }

  private static void report(Map<String, Integer> statements, Map<String, String> tenantTables, Map<Entry, Integer> matches,
      EveryOperation every, long started) throws java.io.IOException {
    Files.write(WORK.resolve("distinct-statements.sql"), statements.keySet().stream().map(s -> s + ";").toList());
    System.out.printf("Checked %d distinct statements (%d executions) over %d tenant tables in %d s;"
            + " %d allowed cross-tenant by %d entries; answers by status %s%n",
        statements.size(), statements.values().stream().mapToInt(Integer::intValue).sum(), tenantTables.size(),
        (System.nanoTime() - started) / 1_000_000_000L, matches.values().stream().mapToInt(Integer::intValue).sum(),
        matches.size(), every.statuses());
    every.mismatches().forEach(mismatch -> System.out.println("Answer not as documented: " + mismatch));
  }
}
