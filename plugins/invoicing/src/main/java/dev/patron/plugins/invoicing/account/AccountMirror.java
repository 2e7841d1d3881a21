package dev.patron.plugins.invoicing.account;

import dev.patron.kit.json.JsonInput;
import dev.patron.api.plugin.CustomerChange;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.UUID;

/**
 * Keeps the accounts table in step with the customer's {@code extensions.invoicing}, inside the
 * customer write's transaction: validates and normalises the namespace, then stores it. Removing
 * the namespace removes the account (billing off); charges and invoices stay.
 */
public final class AccountMirror {

  /** The field path under which the namespace's errors reach the client. */

  private final AccountRepository accounts = new AccountRepository();
  private final Clock clock;

  public AccountMirror(Clock clock) {
    this.clock = clock;
  }

  public Future<Void> apply(CustomerChange change) {
    if (!change.extensionChanged()) {
      return Future.succeededFuture();
    }
    UUID tenantId = change.tenant().id();
    UUID customerId = change.after().id();
    if (change.extension() == null) {
      return accounts.delete(change.sql(), tenantId, customerId);
    }
    String currency = change.tenant().currency();
    JsonInput in = JsonInput.of(change.extension(), "extensions.invoicing");
    AccountSettings settings = AccountSettings.read(in, currency);
    in.throwIfInvalid();
    change.setExtension(settings.toExtension(currency));
    return accounts.save(change.sql(), tenantId, customerId, settings, Rows.now(clock));
  }
}
