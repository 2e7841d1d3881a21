package dev.patron.systemtests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables Citus would distribute by tenant, read from the database the server migrated: every
 * table with a {@code tenant_id} column (by that column), and every table a {@code tenant_id} column
 * references (the tenants table itself, by its key). Keyed by {@code schema.table}, lower case.
 */
final class TenantTables {

  /** Tables with a tenant_id column, in every schema but the system's. */
  private static final String WITH_TENANT_ID = """
      SELECT c.table_schema, c.table_name FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
        AND c.table_schema NOT IN ('pg_catalog', 'information_schema')""";

  /** The tables and columns that tenant_id foreign keys point at. */
  private static final String REFERENCED_BY_TENANT_ID = """
      SELECT DISTINCT target.table_schema, target.table_name, target.column_name
      FROM information_schema.key_column_usage source
      JOIN information_schema.referential_constraints fk
        ON fk.constraint_schema = source.constraint_schema AND fk.constraint_name = source.constraint_name
      JOIN information_schema.key_column_usage target
        ON target.constraint_schema = fk.unique_constraint_schema AND target.constraint_name = fk.unique_constraint_name
        AND target.ordinal_position = source.position_in_unique_constraint
      WHERE source.column_name = 'tenant_id'""";

  private TenantTables() {
  }

  /** {@code schema.table} to the column that names the tenant of each of its rows. */
  static Map<String, String> read(Connection connection) throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    try (Statement query = connection.createStatement()) {
      try (ResultSet rows = query.executeQuery(WITH_TENANT_ID)) {
        while (rows.next()) {
          tables.put(rows.getString(1) + "." + rows.getString(2), "tenant_id");
        }
      }
      try (ResultSet rows = query.executeQuery(REFERENCED_BY_TENANT_ID)) {
        while (rows.next()) {
          tables.putIfAbsent(rows.getString(1) + "." + rows.getString(2), rows.getString(3));
        }
      }
    }
    return tables;
  }
}
