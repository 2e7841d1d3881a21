package dev.patron.plugins.discounts.it.veto;

import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.plugin.CustomerHook;
import dev.patron.api.problem.Problem;
import io.vertx.core.Future;
import org.pf4j.Extension;

/**
 * A second plugin for tests: refuses every update of a customer named "Locked", so a test can make
 * one customer change in the middle of a bulk change fail and check that nothing was kept.
 */
@Extension
public class VetoHooks implements CustomerHook {

  @Override
  public Future<Void> beforeUpdate(CustomerChange change) {
    if ("Locked".equals(change.after().lastName())) {
      return Future.failedFuture(Problem.of(409, "customer-locked", "The customer is locked",
          "Customers named Locked cannot be changed.").toException());
    }
    return Future.succeededFuture();
  }
}
