package dev.patron.kit.hooks;

import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.plugin.CustomerHook;
import io.vertx.core.Future;

/**
 * The customer hook of a plugin that keeps no fields on the customer: create and update refuse any
 * field in its namespace and drop an empty object ({@link NoCustomerFields}); what archiving does
 * stays the plugin's to say.
 *
 * @since kit 1.1.0
 */
public abstract class CustomerHookWithoutFields implements CustomerHook {

  private final String namespace;
  private final String instead;

  /**
   * @param namespace the plugin's extension namespace (its id)
   * @param instead what to do instead, for the field error, e.g. "link a card with PUT ..."
   */
  protected CustomerHookWithoutFields(String namespace, String instead) {
    this.namespace = namespace;
    this.instead = instead;
  }

  @Override
  public final Future<Void> beforeCreate(CustomerChange change) {
    return NoCustomerFields.refuse(change, namespace, instead);
  }

  @Override
  public final Future<Void> beforeUpdate(CustomerChange change) {
    return NoCustomerFields.refuse(change, namespace, instead);
  }
}
