package dev.patron.systemtests;

import java.util.HashSet;
import java.util.Set;

/** A relation a query reads, by the name its columns are qualified with. */
final class QueryRelation {

  final String name;
  /** {@code schema.table} when it is a tenant table, else null. */
  final String tenantTable;
  final String tenantColumn;
  /** Its columns some condition has pinned. */
  final Set<String> pinnedColumns = new HashSet<>();
  /** A subquery's, CTE's or function's columns. */
  QueryOutput output = QueryOutput.empty();

  QueryRelation(String name, String tenantTable, String tenantColumn) {
    this.name = name;
    this.tenantTable = tenantTable;
    this.tenantColumn = tenantColumn;
  }

  boolean has(String column) {
    return column.equals(tenantColumn) || output.names().contains(column) || pinnedColumns.contains(column);
  }

  boolean pinned(String column) {
    return pinnedColumns.contains(column) || output.pinned(column);
  }

  boolean unpinnedTenantTable() {
    return tenantTable != null && !pinnedColumns.contains(tenantColumn);
  }

  String state() {
    return name + pinnedColumns + output.pinned();
  }
}
