package dev.patron.plugins.orderprofiles;

import dev.patron.kit.sql.Rows;
import dev.patron.plugins.support.ResourceRepository;
import dev.patron.plugins.support.ResourceType;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.UUID;

/**
 * SQL for {@code order_profiles.profiles}: the template's statements, plus those of the restaurant's
 * default profile (at most one, by the unique index {@code profiles_tenant_default_key}).
 */
final class ProfileRepository extends ResourceRepository<ProfileDraft, Profile> {

  ProfileRepository(ResourceType<ProfileDraft, Profile> type) {
    super(type);
  }

  /** The tenant's default profile, or {@code null}. */
  Future<Profile> findTenantDefault(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery(select() + " WHERE tenant_id = $1 AND tenant_default").execute(Tuple.of(tenantId))
        .map(this::first);
  }

  /** Holds the tenant's "default profile" lock until the transaction ends. */
  Future<Void> lockTenantDefault(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended('order_profiles.tenant_default:' || $1::text, 0))")
        .execute(Tuple.of(tenantId.toString())).mapEmpty();
  }

  /** Takes the tenant-default mark from every profile but {@code keep}; each one changed gets a new version. */
  Future<Void> clearTenantDefault(SqlClient sql, UUID tenantId, UUID keep, Instant at) {
    return sql.preparedQuery("UPDATE " + table() + " SET tenant_default = false, version = version + 1,"
            + " updated_at = $3 WHERE tenant_id = $1 AND tenant_default AND id <> $2")
        .execute(Tuple.of(tenantId, keep, Rows.param(at))).mapEmpty();
  }
}
