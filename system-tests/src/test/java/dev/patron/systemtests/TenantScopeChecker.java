package dev.patron.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * Whether a statement names its tenant the way Citus routes by: every reference to a tenant table
 * must be <em>pinned</em>, that is its WHERE or a JOIN's ON requires (joined by AND, not OR)
 * {@code <reference>.tenant_id = v}, where v is a parameter, a literal, {@code ANY(parameter)} (a
 * bounded set of tenants), or a column that is pinned itself: another pinned reference's tenant_id,
 * in the same query or an enclosing one, or a subquery's or CTE's output taken from one. An INSERT
 * into a tenant table must supply tenant_id from such a value. The tenants table itself counts by
 * its id. Parsed by JSqlParser; each subquery, CTE and set operation's branch is checked as a
 * query of its own.
 */
final class TenantScopeChecker {

  /** An ON CONFLICT clause, up to a RETURNING clause or the end. */
  private static final Pattern ON_CONFLICT = Pattern.compile("\\s+ON\\s+CONFLICT\\b.*?(\\s+RETURNING\\b.*)?$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final Map<String, String> tenantColumns;

  /** @param tenantTables {@code schema.table} to its tenant column ({@link TenantTables}) */
  TenantScopeChecker(Map<String, String> tenantTables) {
    this.tenantColumns = Map.copyOf(tenantTables);
  }

  /** Why the statement does not route by tenant, one line per cause; empty when it does (or touches no rows). */
  List<String> problems(String sql) {
    Set<String> problems = new LinkedHashSet<>();
    for (String statement : SqlText.statements(sql)) {
      if (!SqlText.readsOrWritesRows(statement)) {
        continue;
      }
      Set<String> mentioned = SqlText.mentioned(statement, tenantColumns.keySet());
      Statement parsed;
      try {
        parsed = parse(statement);
      } catch (JSQLParserException e) {
        if (!mentioned.isEmpty()) {
          problems.add("cannot be parsed, so cannot be checked: " + e.getMessage().lines().findFirst().orElse(""));
        }
        continue;
      }
      PinAnalysis analysis = new PinAnalysis(tenantColumns);
      analysis.statement(parsed, null, Map.of());
      problems.addAll(analysis.problems);
      mentioned.removeAll(analysis.seen);
      mentioned.forEach(table -> problems.add(table + ": named where this check does not look (extend it)"));
    }
    return new ArrayList<>(problems);
  }

  /**
   * JSqlParser reads {@code INSERT ... SELECT ... FROM x t ON CONFLICT} as a join's {@code ON}
   * after {@code t}; the conflict clause decides nothing about routing (it acts on the row being
   * inserted), so such a statement is checked without it.
   */
  private static Statement parse(String statement) throws JSQLParserException {
    try {
      return CCJSqlParserUtil.parse(statement);
    } catch (JSQLParserException e) {
      Matcher conflict = ON_CONFLICT.matcher(statement);
      if (!conflict.find()) {
        throw e;
      }
      return CCJSqlParserUtil.parse(conflict.replaceFirst("$1"));
    }
  }
}
