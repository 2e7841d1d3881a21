package dev.patron.systemtests;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * The subqueries inside expressions ({@code EXISTS (...)}, {@code IN (...)}, scalar subqueries,
 * {@code ARRAY(...)}), outermost only: each is a query of its own, checked on its own.
 */
final class NestedSelects extends ExpressionVisitorAdapter<Void> {

  private final List<Select> found = new ArrayList<>();

  private NestedSelects() {
  }

  static List<Select> in(List<? extends Expression> expressions) {
    NestedSelects visitor = new NestedSelects();
    for (Expression expression : expressions) {
      if (expression != null) {
        expression.accept(visitor, null);
      }
    }
    return visitor.found;
  }

  @Override
  public <S> Void visit(ParenthesedSelect select, S context) {
    found.add(select);
    return null;
  }

  @Override
  public <S> Void visit(Select select, S context) {
    found.add(select);
    return null;
  }

  @Override
  public <S> Void visit(AnyComparisonExpression any, S context) {
    found.add(any.getSelect());
    return null;
  }

  /** The adapter skips a window function's FILTER and PARTITION BY. */
  @Override
  public <S> Void visit(AnalyticExpression analytic, S context) {
    for (Expression part : new Expression[] {analytic.getExpression(), analytic.getFilterExpression(),
        analytic.getPartitionExpressionList()}) {
      if (part != null) {
        part.accept(this, context);
      }
    }
    return null;
  }
}
