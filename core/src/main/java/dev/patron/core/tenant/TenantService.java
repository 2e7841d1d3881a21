package dev.patron.core.tenant;

import dev.patron.kit.page.PageRequest;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.page.Page;
import dev.patron.kit.sql.PgErrors;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The host admin's use cases on tenants (restaurants) and their API keys. */
public final class TenantService {

  private final Pool pool;
  private final Clock clock;
  private final TenantRepository tenants = new TenantRepository();
  private final ApiKeyRepository keys = new ApiKeyRepository();
  private final TenantPluginRepository plugins = new TenantPluginRepository();

  public TenantService(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Creates a tenant inside {@code transaction} (the caller's, e.g. an idempotent one). */
  public Future<TenantRecord> create(SqlClient transaction, TenantInput input) {
    Instant now = Rows.now(clock);
    Tenant tenant = new Tenant(UUID.randomUUID(), input.name(), input.currency(), input.language(), input.timeZone());
    TenantRecord record = new TenantRecord(tenant, input.slug(), false, 1, now, now);
    return tenants.insert(transaction, record).recover(TenantService::slugTaken).map(record);
  }

  /** The id of the tenant with this slug, or {@code null}. */
  public Future<UUID> idOfSlug(String slug) {
    return tenants.idOfSlug(pool, slug);
  }

  private static Future<Void> slugTaken(Throwable error) {
    return Future.failedFuture(PgErrors.isUniqueViolation(error, TenantRepository.SLUG_INDEX)
        ? Problems.conflict("slug-taken", "Another restaurant has this slug already; choose another.")
        : error);
  }

  public Future<TenantRecord> get(UUID id) {
    return tenants.find(pool, id, false).map(TenantService::orNotFound);
  }

  public Future<Page<TenantRecord>> list(PageRequest page) {
    return tenants.list(pool, page);
  }

  /** Applies the given fields; {@code expectedVersion} (nullable) guards against lost updates. */
  public Future<TenantRecord> update(UUID id, TenantInput input, Long expectedVersion) {
    return pool.withTransaction(tx -> tenants.find(tx, id, true).compose(current -> {
      orNotFound(current);
      if (expectedVersion != null && expectedVersion != current.version()) {
        throw Problems.preconditionFailed("The tenant is at version " + current.version() + ", not " + expectedVersion + ".");
      }
      Tenant was = current.tenant();
      Tenant next = new Tenant(was.id(),
          input.name() == null ? was.name() : input.name(),
          was.currency(),
          input.language() == null ? was.language() : input.language(),
          input.timeZone() == null ? was.timeZone() : input.timeZone());
      boolean disabled = input.disabled() == null ? current.disabled() : input.disabled();
      String slug = input.slug() == null ? current.slug() : input.slug();
      if (next.equals(was) && disabled == current.disabled() && java.util.Objects.equals(slug, current.slug())) {
        return Future.succeededFuture(current);
      }
      TenantRecord updated = new TenantRecord(next, slug, disabled, current.version() + 1, current.createdAt(),
          Rows.now(clock));
      return tenants.update(tx, updated)
          .recover(TenantService::slugTaken)
          .compose(v -> TenantChanges.notify(tx, id))
          .map(updated);
    }));
  }

  public Future<IssuedApiKey> issueKey(UUID tenantId, String name) {
    String secret = ApiKeySecrets.generate();
    ApiKey key = new ApiKey(UUID.randomUUID(), tenantId, name, ApiKeySecrets.displayPrefix(secret), Rows.now(clock), null);
    return get(tenantId)
        .compose(tenant -> keys.insert(pool, key, ApiKeySecrets.hash(secret)))
        .map(v -> new IssuedApiKey(key, secret));
  }

  public Future<List<ApiKey>> listKeys(UUID tenantId) {
    return get(tenantId).compose(tenant -> keys.list(pool, tenantId));
  }

  /** Revokes a key for good; 404 when the tenant has no such key. */
  public Future<Void> revokeKey(UUID tenantId, UUID keyId) {
    return pool.withTransaction(tx -> keys.revoke(tx, tenantId, keyId, Rows.now(clock)).compose(found -> {
      if (!found) {
        throw Problems.notFound("Tenant " + tenantId + " has no API key " + keyId + ".");
      }
      return TenantChanges.notify(tx, tenantId);
    }));
  }

  /** A tenant's plugin settings, enabled or not. */
  public Future<List<TenantPlugin>> listPlugins(UUID tenantId) {
    return get(tenantId).compose(tenant -> plugins.list(pool, tenantId));
  }

  /**
   * Enables or disables a plugin for a tenant with an already validated configuration. Every server
   * instance sees the change at once (the tenant's cached context is dropped).
   */
  public Future<TenantPlugin> setPlugin(UUID tenantId, String pluginId, boolean enabled, JsonObject config) {
    return pool.withTransaction(tx -> tenants.find(tx, tenantId, true).compose(tenant -> {
      orNotFound(tenant);
      return plugins.upsert(tx, tenantId, pluginId, enabled, config, Rows.now(clock))
          .compose(setting -> TenantChanges.notify(tx, tenantId).map(setting));
    }));
  }

  /** The admin's override of a tenant's request rate limits; 404 when there is no such tenant. */
  public Future<RequestLimits> requestLimits(UUID tenantId) {
    return tenants.findLimits(pool, tenantId).map(limits -> {
      if (limits == null) {
        throw Problems.notFound("No such tenant.");
      }
      return limits;
    });
  }

  /** Sets (or, with {@code null}s, clears) the override; every instance applies it at once. */
  public Future<RequestLimits> setRequestLimits(UUID tenantId, RequestLimits limits) {
    return pool.withTransaction(tx -> tenants.updateLimits(tx, tenantId, limits).compose(found -> {
      if (!found) {
        throw Problems.notFound("No such tenant.");
      }
      return TenantChanges.notify(tx, tenantId).map(limits);
    }));
  }

  private static TenantRecord orNotFound(TenantRecord record) {
    if (record == null) {
      throw Problems.notFound("No such tenant.");
    }
    return record;
  }
}
