package dev.patron.core.customer;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a customer list can come in; each walks its own index. */
public enum CustomerSort {
  NAME("name", "sort_name", false),
  NAME_DESC("-name", "sort_name", true),
  CREATED("createdAt", "created_at", false),
  CREATED_DESC("-createdAt", "created_at", true),
  UPDATED("updatedAt", "updated_at", false),
  UPDATED_DESC("-updatedAt", "updated_at", true);

  private final String param;
  private final String column;
  private final boolean descending;

  CustomerSort(String param, String column, boolean descending) {
    this.param = param;
    this.column = column;
    this.descending = descending;
  }

  public String param() {
    return param;
  }

  String column() {
    return column;
  }

  boolean descending() {
    return descending;
  }

  boolean byTimestamp() {
    return !column.equals("sort_name");
  }

  /** The sort named by a query parameter, or {@code null}. */
  public static CustomerSort fromParam(String param) {
    return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst().orElse(null);
  }

  public static String allowed() {
    return Arrays.stream(values()).map(CustomerSort::param).collect(Collectors.joining(", "));
  }
}
