package dev.patron.plugins.orderprofiles;

import dev.patron.kit.sql.Rows;
import dev.patron.plugins.support.Decimals;
import dev.patron.plugins.support.ResourceTable;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.time.Instant;
import java.util.UUID;

/**
 * SQL for {@code order_profiles.profiles}; every statement is scoped by tenant. Reading by id,
 * deleting and listing come from {@link ResourceTable}.
 */
public final class ProfileRepository extends ResourceTable<Profile> {

  /** Unique constraint whose violation means a duplicate code. */
  public static final String CODE_KEY = "profiles_code_key";
  /** Unique index whose violation means two tenant defaults at once. */
  public static final String TENANT_DEFAULT_KEY = "profiles_tenant_default_key";

  private static final String COLUMNS = "id, code, name, mode, service_charge_percent, customer_required, active,"
      + " tenant_default, version, created_at, updated_at";

  public ProfileRepository() {
    super("order_profiles", "profiles", COLUMNS);
  }

  public Future<Void> insert(SqlClient sql, UUID tenantId, Profile profile) {
    return sql.preparedQuery("INSERT INTO " + table() + " (tenant_id, " + COLUMNS + ")"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
        .execute(values(tenantId, profile)).mapEmpty();
  }

  public Future<Void> update(SqlClient sql, UUID tenantId, Profile profile) {
    return sql.preparedQuery("UPDATE " + table() + " SET code = $3, name = $4, mode = $5,"
            + " service_charge_percent = $6, customer_required = $7, active = $8, tenant_default = $9, version = $10,"
            + " created_at = $11, updated_at = $12 WHERE tenant_id = $1 AND id = $2")
        .execute(values(tenantId, profile)).mapEmpty();
  }

  /** The tenant's default profile, or {@code null}. */
  public Future<Profile> findTenantDefault(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery(select() + " WHERE tenant_id = $1 AND tenant_default").execute(Tuple.of(tenantId))
        .map(this::first);
  }

  /** Holds the tenant's "default profile" lock until the transaction ends. */
  public Future<Void> lockTenantDefault(SqlClient sql, UUID tenantId) {
    return sql.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended('order_profiles.tenant_default:' || $1::text, 0))")
        .execute(Tuple.of(tenantId.toString())).mapEmpty();
  }

  /** Takes the tenant-default mark from every profile but {@code keep}; each one changed gets a new version. */
  public Future<Void> clearTenantDefault(SqlClient sql, UUID tenantId, UUID keep, Instant at) {
    return sql.preparedQuery("UPDATE " + table() + " SET tenant_default = false, version = version + 1,"
            + " updated_at = $3 WHERE tenant_id = $1 AND tenant_default AND id <> $2")
        .execute(Tuple.of(tenantId, keep, Rows.param(at))).mapEmpty();
  }

  private static Tuple values(UUID tenantId, Profile p) {
    ProfileDraft f = p.fields();
    return Tuple.tuple()
        .addValue(tenantId)
        .addValue(p.id())
        .addValue(f.code())
        .addValue(f.name())
        .addValue(f.mode().name())
        .addValue(f.serviceChargePercent() == null ? null : Numeric.create(f.serviceChargePercent()))
        .addValue(f.customerRequired())
        .addValue(f.active())
        .addValue(f.tenantDefault())
        .addValue(p.version())
        .addValue(Rows.param(p.createdAt()))
        .addValue(Rows.param(p.updatedAt()));
  }

  @Override
  protected Profile map(Row row) {
    ProfileDraft fields = new ProfileDraft(
        row.getString("name"),
        row.getString("code"),
        OrderMode.valueOf(row.getString("mode")),
        Decimals.plain(row.getBigDecimal("service_charge_percent")),
        row.getBoolean("customer_required"),
        row.getBoolean("active"),
        row.getBoolean("tenant_default"));
    return new Profile(row.getUUID("id"), fields, row.getLong("version"), Rows.instant(row, "created_at"),
        Rows.instant(row, "updated_at"));
  }
}
