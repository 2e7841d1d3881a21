package dev.patron.kit.hooks;

import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.problem.Problems;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * For a plugin that keeps nothing on the customer: its create and update hooks refuse any field in
 * its extension namespace (nothing may be stored there unchecked) and drop an empty object.
 */
public final class NoCustomerFields {

  private NoCustomerFields() {
  }

  /**
   * @param namespace the plugin's extension namespace (its id)
   * @param instead what to do instead, for the field error, e.g. "link a card with PUT ..."
   */
  public static Future<Void> refuse(CustomerChange change, String namespace, String instead) {
    JsonObject extension = change.extension();
    if (!change.extensionChanged() || extension == null) {
      return Future.succeededFuture();
    }
    if (!extension.isEmpty()) {
      return Future.failedFuture(Problems.invalidField("extensions." + namespace, instead));
    }
    change.setExtension(null);
    return Future.succeededFuture();
  }
}
