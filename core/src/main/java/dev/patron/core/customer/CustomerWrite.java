package dev.patron.core.customer;

import dev.patron.api.customer.Customer;
import dev.patron.core.tenant.TenantContext;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.util.Objects;

/**
 * A customer create or update on its way to the database, as before-hooks see it: they may
 * replace their own extension namespace before the row is written. Used on one event loop only.
 */
public final class CustomerWrite {

  private final TenantContext context;
  private final SqlConnection transaction;
  private final Customer before;
  private final Customer proposed;
  private final JsonObject extensions;

  public CustomerWrite(TenantContext context, SqlConnection transaction, Customer before, Customer proposed) {
    this.context = context;
    this.transaction = transaction;
    this.before = before;
    this.proposed = proposed;
    this.extensions = proposed.extensions() == null ? new JsonObject() : proposed.extensions().copy();
  }

  public TenantContext context() {
    return context;
  }

  public SqlConnection transaction() {
    return transaction;
  }

  /** {@code null} on create. */
  public Customer before() {
    return before;
  }

  public boolean isCreate() {
    return before == null;
  }

  /** The customer as it will be stored, with namespaces as hooks left them so far. */
  public Customer after() {
    return proposed.withExtensions(extensions.copy());
  }

  public JsonObject extension(String pluginId) {
    JsonObject value = extensions.getJsonObject(pluginId);
    return value == null ? null : value.copy();
  }

  public boolean extensionChanged(String pluginId) {
    JsonObject was = before == null ? null : before.extension(pluginId);
    return !Objects.equals(was, extensions.getJsonObject(pluginId));
  }

  public void setExtension(String pluginId, JsonObject value) {
    if (value == null) {
      extensions.remove(pluginId);
    } else {
      extensions.put(pluginId, value.copy());
    }
  }
}
