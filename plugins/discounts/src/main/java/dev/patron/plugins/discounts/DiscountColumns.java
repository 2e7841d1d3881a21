package dev.patron.plugins.discounts;

import dev.patron.api.money.Money;
import dev.patron.kit.sql.Rows;
import dev.patron.plugins.support.Decimals;
import dev.patron.plugins.support.ResourceColumns;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;

/** A discount's terms in the columns of {@code discounts.discounts}: a fixed amount is two, amount and currency. */
final class DiscountColumns implements ResourceColumns<DiscountTerms> {

  @Override
  public String names() {
    return "code, name, percentage, amount_off, currency, valid_from, valid_until, active";
  }

  @Override
  public void bind(DiscountTerms t, Tuple values) {
    Money fixed = t.fixedAmount();
    values.addValue(t.code())
        .addValue(t.name())
        .addValue(t.percentage() == null ? null : Numeric.create(t.percentage()))
        .addValue(fixed == null ? null : fixed.amount())
        .addValue(fixed == null ? null : fixed.currency())
        .addValue(Rows.param(t.validFrom()))
        .addValue(Rows.param(t.validUntil()))
        .addValue(t.active());
  }

  @Override
  public DiscountTerms read(Row row) {
    Long amountOff = row.getLong("amount_off");
    return new DiscountTerms(
        row.getString("name"),
        row.getString("code"),
        Decimals.plain(row.getBigDecimal("percentage")),
        amountOff == null ? null : new Money(amountOff, row.getString("currency")),
        Rows.instant(row, "valid_from"),
        Rows.instant(row, "valid_until"),
        row.getBoolean("active"));
  }
}
