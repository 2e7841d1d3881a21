package dev.patron.plugins.orderprofiles;

import dev.patron.plugins.support.Decimals;
import dev.patron.plugins.support.ResourceColumns;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;

/** A profile's draft in the columns of {@code order_profiles.profiles}. */
final class ProfileColumns implements ResourceColumns<ProfileDraft> {

  @Override
  public String names() {
    return "code, name, mode, service_charge_percent, customer_required, active, tenant_default";
  }

  @Override
  public void bind(ProfileDraft f, Tuple values) {
    values.addValue(f.code())
        .addValue(f.name())
        .addValue(f.mode().name())
        .addValue(f.serviceChargePercent() == null ? null : Numeric.create(f.serviceChargePercent()))
        .addValue(f.customerRequired())
        .addValue(f.active())
        .addValue(f.tenantDefault());
  }

  @Override
  public ProfileDraft read(Row row) {
    return new ProfileDraft(
        row.getString("name"),
        row.getString("code"),
        OrderMode.valueOf(row.getString("mode")),
        Decimals.plain(row.getBigDecimal("service_charge_percent")),
        row.getBoolean("customer_required"),
        row.getBoolean("active"),
        row.getBoolean("tenant_default"));
  }
}
