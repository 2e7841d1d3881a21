package dev.patron.plugins.support;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;

/**
 * A plugin's own step in a create or update, run in its transaction just before the row is written,
 * e.g. taking a mark from the other resources that only one may carry.
 *
 * @param <R> the resource type
 */
@FunctionalInterface
public interface BeforeSave<R> {

  /** No step of the plugin's own. */
  static <R> BeforeSave<R> none() {
    return (tx, tenantId, before, after) -> Future.succeededFuture();
  }

  /**
   * @param before the resource as it was, {@code null} on create
   * @param after the resource as it is about to be written
   */
  Future<Void> run(SqlConnection tx, UUID tenantId, R before, R after);
}
