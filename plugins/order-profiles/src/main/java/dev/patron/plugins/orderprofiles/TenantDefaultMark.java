package dev.patron.plugins.orderprofiles;

import dev.patron.plugins.support.BeforeSave;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;

/**
 * When a profile becomes the restaurant's default, the previous default stops being one, in the
 * same transaction. The advisory lock serialises such changes per tenant, so two at once do not
 * clash on the unique index but happen one after the other.
 */
final class TenantDefaultMark implements BeforeSave<Profile> {

  private final ProfileRepository profiles;

  TenantDefaultMark(ProfileRepository profiles) {
    this.profiles = profiles;
  }

  @Override
  public Future<Void> run(SqlConnection tx, UUID tenantId, Profile before, Profile after) {
    boolean becomesDefault = after.fields().tenantDefault() && (before == null || !before.fields().tenantDefault());
    if (!becomesDefault) {
      return Future.succeededFuture();
    }
    return profiles.lockTenantDefault(tx, tenantId)
        .compose(v -> profiles.clearTenantDefault(tx, tenantId, after.id(), after.updatedAt()));
  }
}
