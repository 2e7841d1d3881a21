package dev.patron.plugins.discounts;

import dev.patron.api.money.Money;
import dev.patron.kit.sql.Rows;
import dev.patron.plugins.support.Decimals;
import dev.patron.plugins.support.ResourceTable;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.util.UUID;

/**
 * SQL for {@code discounts.discounts}; every statement is scoped by tenant. Reading by id, deleting
 * and listing come from {@link ResourceTable}.
 */
public final class DiscountRepository extends ResourceTable<Discount> {

  /** Unique constraint whose violation means a duplicate code. */
  public static final String CODE_KEY = "discounts_code_key";

  private static final String COLUMNS = "id, code, name, percentage, amount_off, currency, valid_from, valid_until,"
      + " active, version, created_at, updated_at";

  public DiscountRepository() {
    super("discounts", "discounts", COLUMNS);
  }

  public Future<Void> insert(SqlClient sql, UUID tenantId, Discount discount) {
    return sql.preparedQuery("INSERT INTO " + table() + " (tenant_id, " + COLUMNS + ")"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
        .execute(values(tenantId, discount)).mapEmpty();
  }

  public Future<Void> update(SqlClient sql, UUID tenantId, Discount discount) {
    return sql.preparedQuery("UPDATE " + table() + " SET code = $3, name = $4, percentage = $5, amount_off = $6,"
            + " currency = $7, valid_from = $8, valid_until = $9, active = $10, version = $11, created_at = $12,"
            + " updated_at = $13 WHERE tenant_id = $1 AND id = $2")
        .execute(values(tenantId, discount)).mapEmpty();
  }

  /** The discount with this (normalised) code, or {@code null}. */
  public Future<Discount> findByCode(SqlClient sql, UUID tenantId, String code) {
    return sql.preparedQuery(select() + " WHERE tenant_id = $1 AND code = $2").execute(Tuple.of(tenantId, code))
        .map(this::first);
  }

  private static Tuple values(UUID tenantId, Discount d) {
    DiscountTerms t = d.terms();
    Money fixed = t.fixedAmount();
    return Tuple.tuple()
        .addValue(tenantId)
        .addValue(d.id())
        .addValue(t.code())
        .addValue(t.name())
        .addValue(t.percentage() == null ? null : Numeric.create(t.percentage()))
        .addValue(fixed == null ? null : fixed.amount())
        .addValue(fixed == null ? null : fixed.currency())
        .addValue(Rows.param(t.validFrom()))
        .addValue(Rows.param(t.validUntil()))
        .addValue(t.active())
        .addValue(d.version())
        .addValue(Rows.param(d.createdAt()))
        .addValue(Rows.param(d.updatedAt()));
  }

  @Override
  protected Discount map(Row row) {
    Long amountOff = row.getLong("amount_off");
    DiscountTerms terms = new DiscountTerms(
        row.getString("name"),
        row.getString("code"),
        Decimals.plain(row.getBigDecimal("percentage")),
        amountOff == null ? null : new Money(amountOff, row.getString("currency")),
        Rows.instant(row, "valid_from"),
        Rows.instant(row, "valid_until"),
        row.getBoolean("active"));
    return new Discount(row.getUUID("id"), terms, row.getLong("version"), Rows.instant(row, "created_at"),
        Rows.instant(row, "updated_at"));
  }
}
