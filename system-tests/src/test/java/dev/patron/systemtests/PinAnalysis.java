package dev.patron.systemtests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.ParenthesedInsert;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * The check of one parsed statement ({@link TenantScopeChecker} says what it requires): which
 * tenant-table references its conditions pin, query by query, and why the others are not. What a
 * condition pins is {@link PinRules}'s to say.
 */
final class PinAnalysis {

  private final Map<String, String> tenantColumns;
  final List<String> problems = new ArrayList<>();
  /** The tenant tables it looked at, to notice any it did not reach. */
  final Set<String> seen = new HashSet<>();

  PinAnalysis(Map<String, String> tenantColumns) {
    this.tenantColumns = tenantColumns;
  }

  QueryOutput statement(Statement statement, QueryScope outer, Map<String, QueryOutput> ctes) {
    if (statement instanceof Select select) {
      return select(select, outer, ctes);
    }
    if (statement instanceof Insert insert) {
      return insert(insert instanceof ParenthesedInsert p ? p.getInsert() : insert, outer, ctes);
    }
    if (statement instanceof Update update) {
      return update(update instanceof ParenthesedUpdate p ? p.getUpdate() : update, outer, ctes);
    }
    if (statement instanceof Delete delete) {
      return delete(delete instanceof ParenthesedDelete p ? p.getDelete() : delete, outer, ctes);
    }
    problems.add("a " + statement.getClass().getSimpleName() + " statement, which this check does not read");
    return QueryOutput.empty();
  }

  QueryOutput select(Select select, QueryScope outer, Map<String, QueryOutput> outerCtes) {
    Map<String, QueryOutput> ctes = with(select.getWithItemsList(), outer, outerCtes);
    if (select instanceof PlainSelect plain) {
      return plain(plain, outer, ctes);
    }
    if (select instanceof ParenthesedSelect parenthesed) {
      return select(parenthesed.getSelect(), outer, ctes);
    }
    if (select instanceof SetOperationList union) {
      QueryOutput first = null;
      for (Select branch : union.getSelects()) {
        QueryOutput output = select(branch, outer, ctes);
        if (first == null) {
          first = output;
        } else {
          for (int i = 0; i < first.pinned().size(); i++) {
            first.pinned().set(i, first.pinned().get(i) && i < output.pinned().size() && output.pinned().get(i));
          }
        }
      }
      return first == null ? QueryOutput.empty() : first;
    }
    if (select instanceof Values values) {
      return values(values, new QueryScope(outer, ctes));
    }
    problems.add("a " + select.getClass().getSimpleName() + ", which this check does not read: " + select);
    return QueryOutput.empty();
  }

  /** Each CTE in order, as a query of its own; its output is what later parts may use. */
  Map<String, QueryOutput> with(List<WithItem<?>> items, QueryScope outer, Map<String, QueryOutput> outerCtes) {
    if (items == null || items.isEmpty()) {
      return outerCtes;
    }
    Map<String, QueryOutput> ctes = new LinkedHashMap<>(outerCtes);
    for (WithItem<?> item : items) {
      String name = SqlText.name(item.getAliasName());
      ctes.put(name, QueryOutput.empty()); // a recursive CTE names itself
      QueryOutput output = statement((Statement) item.getParenthesedStatement(), outer, ctes);
      if (item.getWithItemList() != null) {
        QueryOutput renamed = QueryOutput.empty();
        for (int i = 0; i < item.getWithItemList().size(); i++) {
          renamed.add(SqlText.name(item.getWithItemList().get(i).toString()), i < output.pinned().size() && output.pinned().get(i));
        }
        output = renamed;
      }
      ctes.put(name, output);
    }
    return ctes;
  }

  QueryOutput plain(PlainSelect select, QueryScope outer, Map<String, QueryOutput> ctes) {
    QueryScope scope = new QueryScope(outer, ctes);
    List<Derived> derived = new ArrayList<>();
    List<Expression> conditions = new ArrayList<>();
    from(select.getFromItem(), scope, derived, conditions);
    joins(select.getJoins(), scope, derived, conditions);
    conditions.add(select.getWhere());
    pin(scope, derived, conditions);
    List<Expression> elsewhere = new ArrayList<>(conditions);
    select.getSelectItems().forEach(item -> elsewhere.add(item.getExpression()));
    elsewhere.add(select.getHaving());
    if (select.getGroupBy() != null) {
      elsewhere.add(select.getGroupBy().getGroupByExpressionList());
    }
    SqlParts.orderBy(select.getOrderByElements(), elsewhere);
    if (select.getLimit() != null) {
      elsewhere.add(select.getLimit().getRowCount());
      elsewhere.add(select.getLimit().getOffset());
    }
    if (select.getOffset() != null) {
      elsewhere.add(select.getOffset().getOffset());
    }
    nested(elsewhere, scope);
    return output(select.getSelectItems(), scope);
  }

  QueryOutput insert(Insert insert, QueryScope outer, Map<String, QueryOutput> outerCtes) {
    Map<String, QueryOutput> ctes = with(insert.getWithItemsList(), outer, outerCtes);
    Table table = insert.getTable();
    String name = SqlParts.qualified(table);
    String tenantColumn = tenantColumns.get(name);
    QueryScope scope = new QueryScope(outer, ctes);
    QueryRelation target = new QueryRelation(SqlParts.refName(table), tenantColumn == null ? null : name, tenantColumn);
    Select source = insert.getSelect();
    if (tenantColumn != null) {
      seen.add(name);
      int at = insert.getColumns() == null ? -1 : SqlParts.columnNames(insert.getColumns()).indexOf(tenantColumn);
      if (at < 0) {
        problems.add(name + ": the INSERT names no " + tenantColumn + " column");
      } else if (suppliesOneTenant(source, at, outer, ctes)) {
        target.pinnedColumns.add(tenantColumn);
      } else {
        problems.add(name + ": the INSERT's " + tenantColumn + " is not one parameter, literal or pinned column");
      }
    } else if (source != null && !(source instanceof Values)) {
      select(source, outer, ctes);
    }
    scope.relations().put(target.name, target);
    List<Expression> elsewhere = new ArrayList<>();
    if (insert.getConflictAction() != null) {
      SqlParts.updateSets(insert.getConflictAction().getUpdateSets(), elsewhere);
      elsewhere.add(insert.getConflictAction().getWhereExpression());
    }
    SqlParts.returning(insert.getReturningClause(), elsewhere);
    nested(elsewhere, scope);
    return insert.getReturningClause() == null ? QueryOutput.empty() : output(insert.getReturningClause(), scope);
  }

  /** Whether the INSERT's source gives every row's tenant column (at {@code at}) one tenant's value. */
  boolean suppliesOneTenant(Select source, int at, QueryScope outer, Map<String, QueryOutput> ctes) {
    if (source instanceof Values values) {
      QueryScope scope = new QueryScope(outer, ctes);
      for (List<Expression> row : SqlParts.rows(values)) {
        if (at >= row.size() || !PinRules.pinnedValue(row.get(at), scope)) {
          return false;
        }
      }
      nested(List.of(values.getExpressions()), scope);
      return true;
    }
    QueryOutput output = select(source, outer, ctes);
    return at < output.pinned().size() && output.pinned().get(at);
  }

  QueryOutput update(Update update, QueryScope outer, Map<String, QueryOutput> outerCtes) {
    Map<String, QueryOutput> ctes = with(update.getWithItemsList(), outer, outerCtes);
    QueryScope scope = new QueryScope(outer, ctes);
    List<Derived> derived = new ArrayList<>();
    List<Expression> conditions = new ArrayList<>();
    from(update.getTable(), scope, derived, conditions);
    joins(update.getStartJoins(), scope, derived, conditions);
    from(update.getFromItem(), scope, derived, conditions);
    joins(update.getJoins(), scope, derived, conditions);
    conditions.add(update.getWhere());
    pin(scope, derived, conditions);
    List<Expression> elsewhere = new ArrayList<>(conditions);
    SqlParts.updateSets(update.getUpdateSets(), elsewhere);
    SqlParts.returning(update.getReturningClause(), elsewhere);
    nested(elsewhere, scope);
    return update.getReturningClause() == null ? QueryOutput.empty() : output(update.getReturningClause(), scope);
  }

  QueryOutput delete(Delete delete, QueryScope outer, Map<String, QueryOutput> outerCtes) {
    Map<String, QueryOutput> ctes = with(delete.getWithItemsList(), outer, outerCtes);
    QueryScope scope = new QueryScope(outer, ctes);
    List<Derived> derived = new ArrayList<>();
    List<Expression> conditions = new ArrayList<>();
    from(delete.getTable(), scope, derived, conditions);
    if (delete.getUsingList() != null) {
      delete.getUsingList().forEach(table -> from(table, scope, derived, conditions));
    }
    joins(delete.getJoins(), scope, derived, conditions);
    conditions.add(delete.getWhere());
    pin(scope, derived, conditions);
    List<Expression> elsewhere = new ArrayList<>(conditions);
    SqlParts.returning(delete.getReturningClause(), elsewhere);
    nested(elsewhere, scope);
    return delete.getReturningClause() == null ? QueryOutput.empty() : output(delete.getReturningClause(), scope);
  }

  /**
   * Pins what the conditions pin, again after each round of the FROM clause's subqueries (a
   * LATERAL one may use a pin of its query, and its output may pin the query); then every tenant
   * table of the query must be pinned.
   */
  void pin(QueryScope scope, List<Derived> derived, List<Expression> conditions) {
    List<Expression> conjuncts = new ArrayList<>();
    conditions.forEach(condition -> SqlParts.conjuncts(condition, conjuncts));
    int mark = problems.size();
    String before = null;
    for (int round = 0; round < 6; round++) {
      problems.subList(mark, problems.size()).clear();
      derived.forEach(d -> d.analyse(scope));
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Expression conjunct : conjuncts) {
          changed |= PinRules.pinBy(conjunct, scope);
        }
      }
      String state = scope.state();
      if (state.equals(before)) {
        break;
      }
      before = state;
    }
    for (QueryRelation relation : scope.relations().values()) {
      if (relation.unpinnedTenantTable()) {
        String as = relation.name.equals(SqlParts.tableName(relation.tenantTable)) ? "" : " as " + relation.name;
        problems.add(relation.tenantTable + as + ": no " + relation.name + "." + relation.tenantColumn
            + " = <parameter, literal, ANY(parameter) or pinned column> in its WHERE or ON");
      }
    }
  }


  void from(FromItem item, QueryScope scope, List<Derived> derived, List<Expression> conditions) {
    if (item == null) {
      return;
    }
    if (item instanceof Table table) {
      table(table, scope);
    } else if (item instanceof ParenthesedSelect subquery) {
      QueryRelation relation = relation(subquery.getAlias(), "subquery", scope);
      derived.add(around -> relation.output = select(subquery.getSelect(), around, around.ctes()).renamed(subquery.getAlias()));
    } else if (item instanceof ParenthesedFromItem parenthesed && parenthesed.getFromItem() instanceof Values values) {
      QueryRelation relation = relation(parenthesed.getAlias(), "values", scope);
      derived.add(around -> relation.output = values(values, around).renamed(parenthesed.getAlias()));
    } else if (item instanceof ParenthesedFromItem parenthesed) {
      from(parenthesed.getFromItem(), scope, derived, conditions);
      joins(parenthesed.getJoins(), scope, derived, conditions);
    } else if (item instanceof TableFunction function) {
      QueryRelation relation = relation(function.getAlias(), SqlText.name(function.getFunction().getName()), scope);
      derived.add(around -> {
        nested(List.of(function.getFunction()), around);
        return relation.output = QueryOutput.empty().renamed(function.getAlias());
      });
    } else if (item instanceof Values values) {
      QueryRelation relation = relation(values.getAlias(), "values", scope);
      derived.add(around -> relation.output = values(values, around).renamed(values.getAlias()));
    } else {
      problems.add("a FROM item this check does not read: " + item);
    }
  }

  void table(Table table, QueryScope scope) {
    String name = SqlParts.qualified(table);
    if (table.getSchemaName() == null && scope.ctes().containsKey(name)) {
      QueryRelation cte = new QueryRelation(SqlParts.refName(table), null, null);
      cte.output = scope.ctes().get(name);
      scope.relations().put(cte.name, cte);
      return;
    }
    String tenantColumn = tenantColumns.get(name);
    if (tenantColumn != null) {
      seen.add(name);
    }
    String refName = SqlParts.refName(table);
    scope.relations().put(refName, new QueryRelation(refName, tenantColumn == null ? null : name, tenantColumn));
  }

  QueryRelation relation(Alias alias, String fallback, QueryScope scope) {
    QueryRelation relation = new QueryRelation(alias == null ? fallback : SqlText.name(alias.getName()), null, null);
    scope.relations().put(relation.name, relation);
    return relation;
  }

  void joins(List<Join> joins, QueryScope scope, List<Derived> derived, List<Expression> conditions) {
    if (joins == null) {
      return;
    }
    for (Join join : joins) {
      from(join.getFromItem(), scope, derived, conditions);
      conditions.addAll(join.getOnExpressions());
      if (join.getUsingColumns() != null && !join.getUsingColumns().isEmpty()) {
        problems.add("a JOIN ... USING, which this check does not read: " + join);
      }
    }
  }

  QueryOutput values(Values values, QueryScope scope) {
    QueryOutput output = QueryOutput.empty();
    List<List<Expression>> rows = SqlParts.rows(values);
    for (int i = 0; !rows.isEmpty() && i < rows.get(0).size(); i++) {
      int column = i;
      output.add("column" + (i + 1),
          rows.stream().allMatch(row -> column < row.size() && PinRules.pinnedValue(row.get(column), scope)));
    }
    nested(List.of(values.getExpressions()), scope);
    return output;
  }

  /** The subqueries inside these expressions, each checked as a query inside {@code scope}. */
  void nested(List<? extends Expression> expressions, QueryScope scope) {
    for (Select select : NestedSelects.in(expressions)) {
      select(select, scope, scope.ctes());
    }
  }

  QueryOutput output(List<? extends SelectItem<?>> items, QueryScope scope) {
    QueryOutput output = QueryOutput.empty();
    for (SelectItem<?> item : items) {
      Expression expression = item.getExpression();
      if (expression instanceof AllTableColumns all) {
        QueryRelation relation = scope.relations().get(SqlText.name(all.getTable().getName()));
        if (relation != null) {
          columnsOf(relation, output);
        }
      } else if (expression instanceof AllColumns) {
        scope.relations().values().forEach(relation -> columnsOf(relation, output));
      } else {
        String name = item.getAlias() != null ? SqlText.name(item.getAlias().getName())
            : expression instanceof Column column ? SqlText.name(column.getColumnName()) : null;
        output.add(name, PinRules.pinnedValue(expression, scope));
      }
    }
    return output;
  }

  void columnsOf(QueryRelation relation, QueryOutput output) {
    if (relation.tenantTable != null) {
      output.add(null, false); // its columns' order is unknown here: nothing to rely on
    }
    for (int i = 0; i < relation.output.names().size(); i++) {
      output.add(relation.output.names().get(i), relation.output.pinned().get(i));
    }
  }

  /** A subquery, function or VALUES list in a FROM clause: analysed again as the pins around it grow. */
  private interface Derived {
    QueryOutput analyse(QueryScope scope);
  }
}
