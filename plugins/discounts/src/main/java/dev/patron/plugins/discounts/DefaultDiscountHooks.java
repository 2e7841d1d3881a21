package dev.patron.plugins.discounts;

import dev.patron.api.plugin.CustomerArchival;
import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.plugin.CustomerHook;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * Validates a customer's default discount when it is written and keeps the mirror table in step,
 * inside the customer write's transaction; forgets the customer when it is archived.
 */
@Extension
public class DefaultDiscountHooks implements CustomerHook {

  private final DiscountRepository discounts = new DiscountRepository();
  private final CustomerDefaults defaults = new CustomerDefaults();
  private final Clock clock;

  public DefaultDiscountHooks() {
    this(Clock.systemUTC());
  }

  DefaultDiscountHooks(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Future<Void> beforeCreate(CustomerChange change) {
    return write(change);
  }

  @Override
  public Future<Void> beforeUpdate(CustomerChange change) {
    return write(change);
  }

  @Override
  public Future<Void> beforeArchive(CustomerArchival archival) {
    return defaults.remove(archival.sql(), archival.tenant().id(), archival.customer().id());
  }

  private Future<Void> write(CustomerChange change) {
    if (!change.extensionChanged()) {
      return Future.succeededFuture();
    }
    DefaultDiscountExtension extension;
    try {
      extension = DefaultDiscountExtension.read(change.extension());
    } catch (RuntimeException invalid) {
      return Future.failedFuture(invalid);
    }
    UUID tenantId = change.tenant().id();
    UUID customerId = change.after().id();
    change.setExtension(extension.toJson());
    if (extension.isEmpty()) {
      return defaults.remove(change.sql(), tenantId, customerId);
    }
    return discounts.findForShare(change.sql(), tenantId, extension.defaultDiscountId()).compose(discount -> {
      if (discount == null) {
        throw DefaultDiscountExtension.invalid("is not a discount of this restaurant");
      }
      if (!discount.terms().active()) {
        throw DefaultDiscountExtension.invalid("is the inactive discount " + discount.code() + "; choose an active one");
      }
      if (discount.terms().expiredAt(clock.instant())) {
        throw DefaultDiscountExtension.invalid("is the discount " + discount.code() + ", which has expired");
      }
      return defaults.put(change.sql(), tenantId, customerId, discount.id());
    });
  }
}
