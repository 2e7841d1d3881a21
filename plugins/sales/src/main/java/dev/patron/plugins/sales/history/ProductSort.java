package dev.patron.plugins.sales.history;

/** How {@code GET /customers/{id}/products} ranks products: by quantity bought, or by money spent. */
public enum ProductSort {
  QUANTITY("quantity", "sum(l.quantity - l.refunded_quantity)"),
  SPEND("spend", "sum(l.total_share - l.refunded_amount)");

  private final String parameter;
  private final String aggregate;

  ProductSort(String parameter, String aggregate) {
    this.parameter = parameter;
    this.aggregate = aggregate;
  }

  /** The value of the {@code sort} query parameter. */
  public String parameter() {
    return parameter;
  }

  /** The SQL aggregate ranked by; a fixed fragment, never input. */
  String aggregate() {
    return aggregate;
  }

  /** The sort a parameter names, or {@code null}. */
  public static ProductSort of(String parameter) {
    for (ProductSort sort : values()) {
      if (sort.parameter.equals(parameter)) {
        return sort;
      }
    }
    return null;
  }
}
