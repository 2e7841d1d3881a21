package dev.patron.core.event;

import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;

/**
 * Runs an action once the work done through a client is committed: when the transaction commits
 * (never on a rollback), or right away for a client running no transaction, whose statements
 * commit one by one.
 */
final class AfterCommit {

  private AfterCommit() {
  }

  static void run(SqlClient sql, Runnable action) {
    Transaction transaction = sql instanceof SqlConnection connection ? connection.transaction() : null;
    if (transaction == null) {
      action.run();
    } else {
      transaction.completion().onSuccess(v -> action.run());
    }
  }
}
