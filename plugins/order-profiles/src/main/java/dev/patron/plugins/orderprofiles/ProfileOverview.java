package dev.patron.plugins.orderprofiles;

import dev.patron.api.plugin.CustomerOverviewContributor;
import dev.patron.api.plugin.CustomerOverviewRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.pf4j.Extension;

/**
 * The customer overview's {@code order-profiles} section: the profile the register applies to the
 * customer's orders and why that one, or {@code null} when none applies.
 */
@Extension
public class ProfileOverview implements CustomerOverviewContributor {

  private final ProfileResolver resolver = new ProfileResolver();

  @Override
  public Future<JsonObject> overview(CustomerOverviewRequest request) {
    return resolver.resolve(request.sql(), request.tenant().id(), request.customer())
        .map(resolution -> new JsonObject().put("resolution", resolution == null ? null : resolution.toJson()));
  }
}
