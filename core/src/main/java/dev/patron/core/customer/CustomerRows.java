package dev.patron.core.customer;

import dev.patron.api.customer.Customer;
import dev.patron.api.customer.Phone;
import dev.patron.kit.sql.Rows;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Mapping between customers and rows of {@code patron.customers}. */
final class CustomerRows {

  /** Every column, in the order {@link #values} binds them from {@code $1}. */
  static final String COLUMNS = "tenant_id, id, reference_id, first_name, last_name, email, company, tax_id, language,"
      + " primary_phone, primary_phone_e164, secondary_phone, secondary_phone_e164, email_notifications, notes,"
      + " primary_address, secondary_address, extensions, sort_name, version, created_at, updated_at";

  private static final String[] NAMES = COLUMNS.split(", ");

  /** The same columns qualified with alias {@code c}, for joins. */
  static final String C_COLUMNS = "c." + COLUMNS.replace(", ", ", c.");

  private CustomerRows() {
  }

  static Tuple values(UUID tenantId, Customer c) {
    return Tuple.from(new Object[] {
        tenantId, c.id(), c.referenceId(), c.firstName(), c.lastName(), c.email(), c.company(), c.taxId(),
        c.language(),
        number(c.primaryPhone()), e164(c.primaryPhone()), number(c.secondaryPhone()), e164(c.secondaryPhone()),
        c.emailNotifications(), c.notes(),
        CustomerJson.address(c.primaryAddress()), CustomerJson.address(c.secondaryAddress()),
        c.extensions() == null ? new JsonObject() : c.extensions(),
        SearchTerms.sortName(c), c.version(), Rows.param(c.createdAt()), Rows.param(c.updatedAt())});
  }

  /**
   * The same values as one JSON object keyed by column, for {@code json_populate_recordset}: many
   * rows in one statement, typed by the table itself.
   */
  static JsonObject record(UUID tenantId, Customer c) {
    Tuple values = values(tenantId, c);
    JsonObject record = new JsonObject();
    for (int i = 0; i < NAMES.length; i++) {
      Object value = values.getValue(i);
      record.put(NAMES[i], value instanceof UUID || value instanceof OffsetDateTime ? value.toString() : value);
    }
    return record;
  }

  static Customer map(Row row) {
    return new Customer(
        row.getUUID("id"),
        row.getString("reference_id"),
        row.getString("first_name"),
        row.getString("last_name"),
        row.getString("email"),
        row.getString("company"),
        row.getString("tax_id"),
        row.getString("language"),
        Phone.ofNullable(row.getString("primary_phone"), row.getString("primary_phone_e164")),
        Phone.ofNullable(row.getString("secondary_phone"), row.getString("secondary_phone_e164")),
        row.getBoolean("email_notifications"),
        row.getString("notes"),
        CustomerJson.address(row.getJsonObject("primary_address")),
        CustomerJson.address(row.getJsonObject("secondary_address")),
        row.getJsonObject("extensions"),
        row.getLong("version"),
        Rows.instant(row, "created_at"),
        Rows.instant(row, "updated_at"));
  }


  private static String number(Phone phone) {
    return phone == null ? null : phone.number();
  }

  private static String e164(Phone phone) {
    return phone == null ? null : phone.e164();
  }
}
