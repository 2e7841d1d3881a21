package dev.patron.plugins.support;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * How a plugin's fields map to its table's own columns; the template adds {@code tenant_id}, {@code
 * id}, {@code version}, {@code created_at} and {@code updated_at} around them.
 *
 * @param <F> the client's fields
 */
public interface ResourceColumns<F> {

  /** The fields' columns, {@code ", "}-separated, {@code code} among them, in the order {@link #bind} adds values. */
  String names();

  /** Adds the values of {@code fields} to {@code values}, one per column of {@link #names()}. */
  void bind(F fields, Tuple values);

  /** The fields stored in {@code row}. */
  F read(Row row);
}
