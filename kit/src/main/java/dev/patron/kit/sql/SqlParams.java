package dev.patron.kit.sql;

import io.vertx.sqlclient.Tuple;

/**
 * Numbers bound parameters while a statement is assembled from fixed fragments, so optional
 * filters never mean string-built values: {@code "email = " + params.add(email)}.
 */
public final class SqlParams {

  private final Tuple tuple = Tuple.tuple();

  /** Binds {@code value} and returns its placeholder, e.g. {@code $3}. */
  public String add(Object value) {
    tuple.addValue(value);
    return "$" + tuple.size();
  }

  public Tuple tuple() {
    return tuple;
  }
}
