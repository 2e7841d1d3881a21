package dev.patron.plugins.discounts;

import dev.patron.api.http.Page;
import dev.patron.api.http.PageRequest;
import dev.patron.api.money.Money;
import dev.patron.api.sql.Rows;
import dev.patron.api.sql.SqlParams;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL for {@code discounts.discounts}; every statement is scoped by tenant. */
public final class DiscountRepository {

  /** Unique constraint whose violation means a duplicate code. */
  public static final String CODE_KEY = "discounts_code_key";

  private static final String COLUMNS = "id, code, name, percentage, amount_off, currency, valid_from, valid_until,"
      + " active, version, created_at, updated_at";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM discounts.discounts";
  private static final String BY_ID = SELECT + " WHERE tenant_id = $1 AND id = $2";

  public Future<Void> insert(SqlClient sql, UUID tenantId, Discount discount) {
    return sql.preparedQuery("INSERT INTO discounts.discounts (tenant_id, " + COLUMNS + ")"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
        .execute(values(tenantId, discount)).mapEmpty();
  }

  public Future<Void> update(SqlClient sql, UUID tenantId, Discount discount) {
    return sql.preparedQuery("UPDATE discounts.discounts SET code = $3, name = $4, percentage = $5, amount_off = $6,"
            + " currency = $7, valid_from = $8, valid_until = $9, active = $10, version = $11, created_at = $12,"
            + " updated_at = $13 WHERE tenant_id = $1 AND id = $2")
        .execute(values(tenantId, discount)).mapEmpty();
  }

  public Future<Discount> find(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(BY_ID).execute(Tuple.of(tenantId, id)).map(DiscountRepository::first);
  }

  /** Reads and locks the discount against every other write until the transaction ends. */
  public Future<Discount> findForUpdate(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(BY_ID + " FOR UPDATE").execute(Tuple.of(tenantId, id)).map(DiscountRepository::first);
  }

  /**
   * Reads the discount and keeps it from being changed or deleted until the transaction ends, so a
   * customer's default cannot point to a discount deactivated or deleted meanwhile.
   */
  public Future<Discount> findForShare(SqlClient sql, UUID tenantId, UUID id) {
    return sql.preparedQuery(BY_ID + " FOR SHARE").execute(Tuple.of(tenantId, id)).map(DiscountRepository::first);
  }

  /** The discount with this (normalised) code, or {@code null}. */
  public Future<Discount> findByCode(SqlClient sql, UUID tenantId, String code) {
    return sql.preparedQuery(SELECT + " WHERE tenant_id = $1 AND code = $2").execute(Tuple.of(tenantId, code))
        .map(DiscountRepository::first);
  }

  /** Deletes the discount, if {@code version} is given only at that version; whether it did. */
  public Future<Boolean> delete(SqlClient sql, UUID tenantId, UUID id, Long version) {
    return sql.preparedQuery("DELETE FROM discounts.discounts"
            + " WHERE tenant_id = $1 AND id = $2 AND ($3::bigint IS NULL OR version = $3)")
        .execute(Tuple.of(tenantId, id, version)).map(rows -> rows.rowCount() == 1);
  }

  /** A page of the tenant's discounts in code order. */
  public Future<Page<Discount>> list(SqlClient sql, UUID tenantId, PageRequest page) {
    SqlParams params = new SqlParams();
    StringBuilder statement = new StringBuilder(SELECT).append(" WHERE tenant_id = ").append(params.add(tenantId));
    if (page.after() != null) {
      statement.append(" AND code > ").append(params.add(page.afterString("code")));
    }
    statement.append(" ORDER BY code LIMIT ").append(params.add(page.limit() + 1));
    return sql.preparedQuery(statement.toString()).execute(params.tuple()).map(rows -> {
      List<Discount> discounts = new ArrayList<>();
      rows.forEach(row -> discounts.add(map(row)));
      return Page.of(discounts, page.limit(), d -> new JsonObject().put("code", d.code()));
    });
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

  private static Discount first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : map(rows.iterator().next());
  }

  private static Discount map(Row row) {
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
