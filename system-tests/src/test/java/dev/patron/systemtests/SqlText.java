package dev.patron.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What can be told of SQL from its text alone, before (or without) parsing it. */
final class SqlText {

  /** Statements that read or write rows; anything else (BEGIN, SET, LISTEN, DDL, ...) routes nowhere. */
  private static final Pattern DML = Pattern.compile("^\\(*\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|MERGE|VALUES|TABLE|TRUNCATE)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

  private SqlText() {
  }

  /** The statements of a (simple protocol) string, split at semicolons outside quotes. */
  static List<String> statements(String sql) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (char c : sql.toCharArray()) {
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ';') {
        add(statements, current);
        continue;
      }
      current.append(c);
    }
    add(statements, current);
    return statements;
  }

  static boolean readsOrWritesRows(String statement) {
    return DML.matcher(statement.strip()).find();
  }

  /** The tables of {@code tables} ({@code schema.table}) the statement names outside string literals. */
  static Set<String> mentioned(String statement, Set<String> tables) {
    String code = STRING_LITERAL.matcher(statement).replaceAll("''").toLowerCase(Locale.ROOT);
    Set<String> found = new LinkedHashSet<>();
    for (String table : tables) {
      if (Pattern.compile("(?<![\\w.\"])" + Pattern.quote(table) + "(?![\\w\"])").matcher(code).find()) {
        found.add(table);
      }
    }
    return found;
  }

  /** An identifier as PostgreSQL folds it: without quotes, in lower case; null stays null. */
  static String name(String identifier) {
    return identifier == null ? null : identifier.replace("\"", "").toLowerCase(Locale.ROOT);
  }

  private static void add(List<String> statements, StringBuilder current) {
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    current.setLength(0);
  }
}
