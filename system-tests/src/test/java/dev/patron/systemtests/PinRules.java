package dev.patron.systemtests;

import java.util.List;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * What pins a column of a query's own relation: a conjunct {@code column = v} (either way round,
 * also member by member in {@code (a, b) = (v, w)}) or {@code column IN (v, ...)}, where each v is
 * one tenant's value: a parameter, a literal, {@code ANY(parameter)}, or a column pinned already.
 */
final class PinRules {

  private PinRules() {
  }

  /** Whether the conjunct pinned a column not pinned before. */
  static boolean pinBy(Expression conjunct, QueryScope scope) {
    if (conjunct instanceof EqualsTo equals) {
      List<Expression> left = SqlParts.row(equals.getLeftExpression());
      List<Expression> right = SqlParts.row(equals.getRightExpression());
      boolean changed = false;
      if (left.size() > 1 && left.size() == right.size()) {
        for (int i = 0; i < left.size(); i++) {
          changed |= pinColumn(left.get(i), right.get(i), scope) | pinColumn(right.get(i), left.get(i), scope);
        }
        return changed;
      }
      return pinColumn(equals.getLeftExpression(), equals.getRightExpression(), scope)
          | pinColumn(equals.getRightExpression(), equals.getLeftExpression(), scope);
    }
    if (conjunct instanceof InExpression in && !in.isNot() && in.getRightExpression() instanceof ExpressionList<?> list
        && !list.isEmpty() && list.stream().allMatch(value -> pinnedValue((Expression) value, scope))) {
      return pinColumn(in.getLeftExpression(), (Expression) list.get(0), scope);
    }
    return false;
  }

  /** Pins {@code column} of this query's relation if {@code value} is one tenant's. */
  private static boolean pinColumn(Expression column, Expression value, QueryScope scope) {
    if (!(column instanceof Column reference) || !pinnedValue(value, scope)) {
      return false;
    }
    QueryScope.Pin pin = scope.resolve(reference);
    if (pin == null || scope.relations().get(pin.relation().name) != pin.relation()) {
      return false; // an enclosing query's column: that query's conditions pin it, not this one's
    }
    return pin.relation().pinnedColumns.add(pin.column());
  }

  /** A parameter, a literal, ANY(parameter), or a pinned column: one tenant's id, or a bounded set of them. */
  static boolean pinnedValue(Expression value, QueryScope scope) {
    if (value instanceof JdbcParameter || value instanceof JdbcNamedParameter || value instanceof StringValue
        || value instanceof LongValue) {
      return true;
    }
    if (value instanceof CastExpression cast) {
      return pinnedValue(cast.getLeftExpression(), scope);
    }
    if (value instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
      return pinnedValue((Expression) list.get(0), scope);
    }
    if (value instanceof Function function && "any".equalsIgnoreCase(function.getName())
        && function.getParameters() != null && function.getParameters().size() == 1) {
      return pinnedValue((Expression) function.getParameters().get(0), scope);
    }
    if (value instanceof Column column) {
      QueryScope.Pin pin = scope.resolve(column);
      return pin != null && pin.relation().pinned(pin.column());
    }
    return false;
  }
}
