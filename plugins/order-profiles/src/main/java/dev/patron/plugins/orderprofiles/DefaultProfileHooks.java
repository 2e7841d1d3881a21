package dev.patron.plugins.orderprofiles;

import dev.patron.api.plugin.CustomerArchival;
import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.plugin.CustomerHook;
import io.vertx.core.Future;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * Validates a customer's default profile when it is written and keeps the mirror table in step,
 * inside the customer write's transaction; forgets the customer when it is archived.
 */
@Extension
public class DefaultProfileHooks implements CustomerHook {

  private final ProfileRepository profiles = new ProfileRepository();
  private final CustomerDefaults defaults = new CustomerDefaults();

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
    UUID tenantId = change.tenant().id();
    UUID customerId = change.after().id();
    DefaultProfileExtension extension;
    try {
      extension = DefaultProfileExtension.read(change.extension());
    } catch (RuntimeException invalid) {
      return Future.failedFuture(invalid);
    }
    change.setExtension(extension.toJson());
    if (extension.isEmpty()) {
      return defaults.remove(change.sql(), tenantId, customerId);
    }
    return profiles.findForShare(change.sql(), tenantId, extension.defaultProfileId()).compose(profile -> {
      if (profile == null) {
        throw DefaultProfileExtension.invalid("is not a profile of this restaurant");
      }
      if (!profile.active()) {
        throw DefaultProfileExtension.invalid("is the inactive profile " + profile.code() + "; choose an active one");
      }
      return defaults.put(change.sql(), tenantId, customerId, profile.id());
    });
  }
}
