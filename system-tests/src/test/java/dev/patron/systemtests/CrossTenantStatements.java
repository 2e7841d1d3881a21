package dev.patron.systemtests;

import java.util.List;

/**
 * The statements that do not name one tenant, each on purpose: matched by a fragment of the statement as logged, whitespace runs as one
 * space. On Citus each of these is a multi-shard query, or needs its table to be a reference table
 * (see docs/SCALING.md). An entry that no statement matches fails the test, so the list stays true.
 */
final class CrossTenantStatements {

  /** A fragment of the statements it covers, and why they may look across tenants. */
  record Entry(String fragment, String reason) {
  }

  static final List<Entry> ALLOWED = List.of(
      // Event dispatch serves every tenant: it reads by partition and cursor, then names each row.
      allow("FROM patron.outbox_events WHERE dispatch_partition = $1 AND (tx_id, seq) > (",
          "dispatch reads every tenant's events of its partition after the plugin's cursor"),
      allow("INSERT INTO patron.plugin_cursors",
          "a plugin's new cursors start at the outbox's tail, whatever the tenant"),
      allow("SELECT DISTINCT tenant_id, subject_id FROM patron.plugin_deliveries WHERE plugin_id = $1 AND state = 'PENDING'",
          "dispatch asks which subjects of a batch of events (of any tenants) have parked deliveries"),
      allow("WHERE d.plugin_id = $1 AND d.state = 'PENDING' AND d.next_attempt_at <= $2",
          "dispatch retries the parked deliveries that are due, of every tenant of its partition"),
      allow("WHERE d.plugin_id = $1 AND d.state = 'DEAD' ORDER BY",
          "the host's dead letters of a plugin, every tenant's (the console's list)"),
      allow("UPDATE patron.plugin_deliveries SET state = 'PENDING', attempts = 0, next_attempt_at = $1, updated_at = $1"
          + " WHERE plugin_id = $2 AND state = 'DEAD'", "the host retries a plugin's dead letters (all, or one event's)"),
      // Retention: rare batches over every tenant, a multi-shard DELETE on Citus.
      allow("DELETE FROM patron.outbox_events WHERE (tenant_id, id) IN (", "retention: events past their retention"
          + " that every plugin has passed, of any tenant, in batches by key"),
      allow("DELETE FROM patron.idempotency_keys WHERE (tenant_id, scope, key) IN (",
          "retention: expired idempotency keys of any tenant, in batches by key"),
      allow("DELETE FROM patron.sessions WHERE expires_at < $1", "retention: ended sessions"),
      allow("DELETE FROM patron.staff_links WHERE expires_at < $1", "retention: expired password links"),
      // Found by a secret's hash before the tenant is known (SCALING.md: reference tables, or
      // tokens and keys that carry the tenant's id).
      allow("FROM patron.api_keys WHERE key_hash = $1", "a request's API key, found by the key's hash"),
      allow("FROM patron.sessions s LEFT JOIN patron.staff_users u ON u.tenant_id = s.tenant_id AND u.id = s.staff_id"
          + " WHERE s.token_hash = $1", "a request's staff session, found by the cookie's hash"),
      allow("DELETE FROM patron.sessions WHERE token_hash = $1", "signing out, by the cookie's hash"),
      allow("patron.staff_links WHERE token_hash = $1", "an invitation or password link, found by the token's hash"),
      allow("SELECT id FROM patron.tenants WHERE slug = $1", "a sign-in names the restaurant by its slug"),
      // The host's view of every tenant.
      allow("FROM patron.tenants ORDER BY created_at, id LIMIT", "the host's list of restaurants, first page"),
      allow("FROM patron.tenants WHERE (created_at, id) > (", "the host's list of restaurants, next pages"),
      allow("SELECT c.plugin_id, sum((SELECT count(*) FROM patron.outbox_events o",
          "metrics: each plugin's event backlog, over every tenant"),
      allow("SELECT state, count(*) AS n FROM patron.customer_import_jobs GROUP BY state",
          "metrics: customer imports by state, over every tenant"),
      allow("AS total FROM patron.customer_import_jobs WHERE state = 'RUNNING'",
          "metrics: the running customer imports' progress, over every tenant"),
      // Background workers that serve every tenant: each claims its next piece of work across
      // tenants, then names the tenant in every statement about it.
      allow("UPDATE patron.customer_import_jobs j SET state = 'RUNNING'", "the import worker claims the next job, any tenant's"),
      allow("UPDATE sales.import_jobs j SET state = 'RUNNING'", "the sales import worker claims the next job, any tenant's"),
      allow("SELECT tenant_id, endpoint_id FROM webhooks.deliveries WHERE state = 'PENDING' AND next_attempt_at <= now()",
          "the webhook sender's poll for endpoints with deliveries due"),
      allow("INSERT INTO webhooks.attempts", "the webhook sender records a round's attempts, of any tenants, at once"),
      allow("UPDATE webhooks.deliveries d SET state = s.state", "the webhook sender settles a round's deliveries at once"),
      allow("UPDATE webhooks.endpoints e SET failing_since = NULL, consecutive_failures = 0, retry_at = NULL FROM unnest(",
          "the webhook sender clears the failures of a round's healthy endpoints at once"),
      allow("UPDATE invoicing.invoices SET status = 'OVERDUE'",
          "the overdue sweep turns every tenant's invoices past their due date, in batches"));

  private CrossTenantStatements() {
  }

  private static Entry allow(String fragment, String reason) {
    return new Entry(fragment, reason);
  }

  /** The entry whose fragment the statement contains, or null. */
  static Entry covering(String statement) {
    for (Entry entry : ALLOWED) {
      if (statement.contains(StatementLog.normalized(entry.fragment()))) {
        return entry;
      }
    }
    return null;
  }
}
