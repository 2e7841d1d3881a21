package dev.patron.systemtests;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.RowConstructor;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.ReturningClause;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * The parts of JSqlParser's statements {@link PinAnalysis} reads, taken apart: an AND's conjuncts, a
 * row value's or VALUES list's members, the expressions of SET, RETURNING and ORDER BY lists, and
 * the names tables and columns go by.
 */
final class SqlParts {

  private SqlParts() {
  }

  /** The parts of a condition joined by AND, each added to {@code into}. */
  static void conjuncts(Expression condition, List<Expression> into) {
    if (condition instanceof AndExpression and) {
      conjuncts(and.getLeftExpression(), into);
      conjuncts(and.getRightExpression(), into);
    } else if (condition instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
      conjuncts((Expression) list.get(0), into);
    } else if (condition != null) {
      into.add(condition);
    }
  }

  /** The members of a row value {@code (a, b)}, or the expression alone. */
  static List<Expression> row(Expression expression) {
    if (expression instanceof ParenthesedExpressionList<?> list && list.size() > 1) {
      return list.stream().map(Expression.class::cast).toList();
    }
    if (expression instanceof RowConstructor<?> row) {
      return row.stream().map(Expression.class::cast).toList();
    }
    return List.of(expression);
  }

  /** A VALUES list's rows, each as its members. */
  static List<List<Expression>> rows(Values values) {
    ExpressionList<?> expressions = values.getExpressions();
    if (expressions instanceof ParenthesedExpressionList<?>) {
      return List.of(expressions.stream().map(Expression.class::cast).toList());
    }
    List<List<Expression>> rows = new ArrayList<>();
    for (Object row : expressions) {
      rows.add(row instanceof ExpressionList<?> list ? list.stream().map(Expression.class::cast).toList()
          : List.of((Expression) row));
    }
    return rows;
  }

  static void updateSets(List<UpdateSet> sets, List<Expression> into) {
    if (sets != null) {
      sets.forEach(set -> into.add(set.getValues()));
    }
  }

  static void returning(ReturningClause returning, List<Expression> into) {
    if (returning != null) {
      returning.forEach(item -> into.add(item.getExpression()));
    }
  }

  static void orderBy(List<OrderByElement> elements, List<Expression> into) {
    if (elements != null) {
      elements.forEach(element -> into.add(element.getExpression()));
    }
  }

  static List<String> columnNames(ExpressionList<Column> columns) {
    return columns.stream().map(column -> SqlText.name(column.getColumnName())).toList();
  }

  /** A table's name as {@code schema.table}, or bare when it names no schema. */
  static String qualified(Table table) {
    return table.getSchemaName() == null ? SqlText.name(table.getName())
        : SqlText.name(table.getSchemaName()) + "." + SqlText.name(table.getName());
  }

  /** The name a table's columns are qualified with: its alias, else its own name. */
  static String refName(Table table) {
    return table.getAlias() != null ? SqlText.name(table.getAlias().getName()) : SqlText.name(table.getName());
  }

  /** The table part of a {@code schema.table} name. */
  static String tableName(String qualified) {
    return qualified.substring(qualified.indexOf('.') + 1);
  }
}
