package dev.patron.plugins.support;

import java.util.regex.Pattern;

/**
 * Checks the schema, table and column names that go into SQL text. They are code constants of the
 * plugins, never user input; the check makes a mistake fail at start-up rather than in a query.
 */
final class SqlNames {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  private SqlNames() {
  }

  /** {@code name} if it is a plain lower-case SQL identifier; an {@link IllegalArgumentException} otherwise. */
  static String identifier(String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
    }
    return name;
  }

  /** {@code columns} if it is a list of plain identifiers separated by ", ". */
  static String columnList(String columns) {
    if (columns == null) {
      throw new IllegalArgumentException("No column list");
    }
    for (String column : columns.split(", ", -1)) {
      identifier(column);
    }
    return columns;
  }

  /** {@code schema.table}, both checked. */
  static String qualified(String schema, String table) {
    return identifier(schema) + "." + identifier(table);
  }
}
