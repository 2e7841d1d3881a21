package dev.patron.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule TenantScopedSqlIT applies to every statement, on statements written for it. */
class TenantScopeCheckerTest {

  private static final TenantScopeChecker CHECKER = new TenantScopeChecker(Map.of(
      "patron.tenants", "id",
      "patron.customers", "tenant_id",
      "patron.outbox_events", "tenant_id",
      "patron.plugin_deliveries", "tenant_id",
      "sales.customer_statistics", "tenant_id",
      "sales.customer_days", "tenant_id",
      "sales.customer_favourites", "tenant_id",
      "webhooks.endpoints", "tenant_id",
      "webhooks.deliveries", "tenant_id"));

  private static void routes(String sql) {
    assertEquals(List.of(), CHECKER.problems(sql), sql);
  }

  private static void doesNotRoute(String sql, String... problemsStartingWith) {
    List<String> problems = CHECKER.problems(sql);
    assertEquals(problemsStartingWith.length, problems.size(), sql + " -> " + problems);
    for (int i = 0; i < problemsStartingWith.length; i++) {
      assertEquals(true, problems.get(i).startsWith(problemsStartingWith[i]), problems.get(i));
    }
  }

  @Test
  void aTenantTableNeedsItsTenantIdEqualToAParameterOrLiteral() {
    routes("SELECT * FROM patron.customers WHERE tenant_id = $1 AND id = $2");
    routes("SELECT id FROM patron.customers WHERE id = $2 AND tenant_id = 'd3b07384-d9a0-4c9b-8f5e-0e6a2e8a1f3c'::uuid");
    routes("DELETE FROM patron.customers WHERE tenant_id = $1 AND id = $2");
    routes("UPDATE patron.customers SET notes = $3 WHERE (tenant_id, id) = ($1, $2)");
    doesNotRoute("SELECT * FROM patron.customers WHERE id = $1", "patron.customers: no customers.tenant_id");
    doesNotRoute("DELETE FROM patron.outbox_events WHERE occurred_at < $1", "patron.outbox_events: no");
    doesNotRoute("SELECT * FROM patron.customers", "patron.customers: no");
  }

  @Test
  void onlyConditionsEveryRowMustMeetCount() {
    doesNotRoute("SELECT * FROM patron.customers WHERE tenant_id = $1 OR id = $2", "patron.customers: no");
    doesNotRoute("SELECT * FROM patron.customers WHERE NOT (tenant_id = $1)", "patron.customers: no");
    doesNotRoute("SELECT * FROM patron.customers WHERE tenant_id <> $1", "patron.customers: no");
    doesNotRoute("SELECT * FROM patron.customers WHERE tenant_id::text = $1", "patron.customers: no");
  }

  @Test
  void aBoundedSetOfTenantsCounts() {
    routes("SELECT tenant_id FROM patron.customers WHERE tenant_id = ANY($1) AND id = ANY($2::uuid[])");
    routes("SELECT tenant_id FROM patron.customers WHERE tenant_id IN ($1, $2)");
  }

  @Test
  void aliasesAndQualifiedNamesNameTheSameReference() {
    routes("SELECT c.id FROM patron.customers c WHERE c.tenant_id = $1");
    routes("SELECT c.id FROM patron.customers AS c WHERE tenant_id = $1");
    routes("SELECT customers.id FROM patron.customers WHERE customers.tenant_id = $1");
    doesNotRoute("SELECT c.id FROM patron.customers c, patron.customers d WHERE c.tenant_id = $1",
        "patron.customers as d: no d.tenant_id");
  }

  @Test
  void aJoinOnTenantIdPinsTheOtherTableWhenOneIsPinned() {
    String join = "SELECT d.state, e.payload FROM patron.plugin_deliveries d"
        + " JOIN patron.outbox_events e ON e.tenant_id = d.tenant_id AND e.id = d.event_id WHERE d.plugin_id = $1";
    routes(join + " AND d.tenant_id = $2");
    doesNotRoute(join, "patron.plugin_deliveries as d: no", "patron.outbox_events as e: no");
    routes("SELECT 1 FROM patron.tenants t LEFT JOIN patron.customers c ON c.tenant_id = t.id WHERE t.id = $1");
    doesNotRoute("SELECT 1 FROM patron.tenants t JOIN patron.customers c ON c.id = $2 WHERE t.id = $1",
        "patron.customers as c: no");
  }

  @Test
  void subqueriesAreCheckedAsQueriesOfTheirOwnAndMayUseTheEnclosingPin() {
    routes("SELECT s.visits, (SELECT f.value FROM sales.customer_favourites f WHERE f.tenant_id = s.tenant_id LIMIT 1)"
        + " FROM sales.customer_statistics s WHERE s.tenant_id = $1 AND s.customer_id = $2");
    routes("SELECT 1 FROM webhooks.deliveries d WHERE d.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM webhooks.deliveries p"
        + " WHERE p.tenant_id = d.tenant_id AND p.seq < d.seq)");
    doesNotRoute("SELECT 1 FROM webhooks.deliveries d WHERE d.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM"
        + " webhooks.deliveries p WHERE p.subject_id = d.subject_id)", "webhooks.deliveries as p: no");
    doesNotRoute("SELECT c.id FROM patron.customers c WHERE c.tenant_id = $1 AND c.id IN (SELECT o.subject_id"
        + " FROM patron.outbox_events o WHERE o.type = $2)", "patron.outbox_events as o: no");
  }

  @Test
  void lateralSubqueriesAndDerivedTablesCarryTheirPins() {
    routes("SELECT s.visits, w.last30 FROM sales.customer_statistics s CROSS JOIN LATERAL (SELECT"
        + " coalesce(sum(d.spend) FILTER (WHERE d.day > $3::date - 30), 0)::bigint AS last30 FROM sales.customer_days d"
        + " WHERE d.tenant_id = s.tenant_id AND d.customer_id = s.customer_id) w WHERE s.tenant_id = $1 AND s.customer_id = $2");
    routes("SELECT d.id FROM (SELECT tenant_id, id FROM webhooks.endpoints WHERE tenant_id = $1) e"
        + " JOIN webhooks.deliveries d ON d.tenant_id = e.tenant_id AND d.endpoint_id = e.id");
  }

  @Test
  void commonTableExpressionsAreQueriesOfTheirOwn() {
    routes("WITH days AS (DELETE FROM sales.customer_days WHERE tenant_id = $1 AND customer_id = $2),"
        + " favourites AS (DELETE FROM sales.customer_favourites WHERE tenant_id = $1 AND customer_id = $2)"
        + " DELETE FROM sales.customer_statistics WHERE tenant_id = $1 AND customer_id = $2");
    routes("WITH moved AS (UPDATE webhooks.endpoints SET enabled = false WHERE tenant_id = $1 AND id = $2"
        + " RETURNING tenant_id, id) UPDATE webhooks.deliveries d SET state = 'FAILED' FROM moved m"
        + " WHERE d.tenant_id = m.tenant_id AND d.endpoint_id = m.id");
    doesNotRoute("WITH due AS (SELECT tenant_id, endpoint_id FROM webhooks.deliveries WHERE state = 'PENDING')"
        + " SELECT * FROM due", "webhooks.deliveries: no");
  }

  @Test
  void anInsertSuppliesItsTenantFromOneValue() {
    routes("INSERT INTO patron.customers (tenant_id, id, first_name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING");
    routes("INSERT INTO sales.customer_statistics AS s (tenant_id, customer_id, visits) SELECT $1::uuid, customer_id, 1"
        + " FROM unnest($2::uuid[]) AS v (customer_id) ON CONFLICT (tenant_id, customer_id) DO UPDATE SET visits = s.visits + 1");
    routes("INSERT INTO webhooks.deliveries (tenant_id, id, endpoint_id) SELECT e.tenant_id, gen_random_uuid(), e.id"
        + " FROM webhooks.endpoints e WHERE e.tenant_id = $1 AND e.enabled");
    doesNotRoute("INSERT INTO patron.customers (id, first_name) VALUES ($1, $2)", "patron.customers: the INSERT names no");
    doesNotRoute("INSERT INTO patron.outbox_events (tenant_id, id) SELECT * FROM unnest($1::uuid[], $2::uuid[])",
        "patron.outbox_events: the INSERT's tenant_id is not one");
    doesNotRoute("INSERT INTO patron.customers (tenant_id, id) SELECT c.tenant_id, c.id FROM patron.customers c",
        "patron.customers as c: no", "patron.customers: the INSERT's tenant_id is not one");
  }

  @Test
  void theTenantsTableRoutesByItsId() {
    routes("SELECT name FROM patron.tenants WHERE id = $1 FOR UPDATE");
    doesNotRoute("SELECT id FROM patron.tenants WHERE slug = $1", "patron.tenants: no tenants.id");
  }

  @Test
  void theConditionAfterAnInListStillCounts() {
    // JSqlParser 5.3 nests whatever follows IN (...) inside it; this pins the version that does not.
    routes("SELECT 1 FROM patron.customers WHERE state IN ('A', 'B') AND tenant_id = $1");
  }

  @Test
  void anArrayOfTenantsInAFromFunctionIsNoPin() {
    doesNotRoute("UPDATE webhooks.endpoints e SET consecutive_failures = 0 FROM unnest($1::uuid[], $2::uuid[])"
        + " AS s(tenant_id, id) WHERE e.tenant_id = s.tenant_id AND e.id = s.id", "webhooks.endpoints as e: no");
  }

  @Test
  void statementsThatTouchNoRowsAreLeftAlone() {
    for (String sql : List.of("BEGIN", "COMMIT", "SET LOCAL synchronous_commit = off", "LISTEN \"patron_tenant_changed\"",
        "SELECT 1", "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", "SAVEPOINT dry_run",
        "SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL synchronous_commit = off",
        "SELECT n_live_tup FROM pg_stat_user_tables WHERE relname = 'deliveries'",
        "SELECT p.enabled AND to_regclass('patron.customers') IS NOT NULL FROM patron.tenants p WHERE p.id = $1")) {
      routes(sql);
    }
  }

  @Test
  void anInsertSelectEndingInAnAliasBeforeOnConflictIsRead() {
    doesNotRoute("INSERT INTO patron.plugin_cursors (plugin_id, tx_id) SELECT $1, t.tx_id FROM (SELECT max(tx_id) AS tx_id"
        + " FROM patron.outbox_events) t ON CONFLICT (plugin_id) DO NOTHING", "patron.outbox_events: no");
  }

  @Test
  void aTenantTableWhereTheCheckDoesNotLookIsReportedNotPassed() {
    doesNotRoute("SELECT row_number() OVER (ORDER BY (SELECT max(c.id) FROM patron.customers c)) FROM patron.tenants t"
        + " WHERE t.id = $1", "patron.customers: named where this check does not look");
  }

  @Test
  void everyStatementOfASimpleQueryStringIsChecked() {
    doesNotRoute("SET LOCAL synchronous_commit = off; DELETE FROM patron.customers WHERE id = $1", "patron.customers: no");
  }
}
