package dev.patron.plugins.orderprofiles;

import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.QueryParams;
import dev.patron.api.plugin.ApiResponse;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.Versions;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.support.DeleteOptions;
import dev.patron.plugins.support.ResourceDeletion;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** The HTTP adapter: reads a request, calls a use case, writes the response. One per event loop. */
final class ProfileHandlers {

  static final String BASE_PATH = "/api/v1/plugins/order-profiles/profiles/";
  private static final Set<String> PAGING = Set.of("limit", "cursor");

  private final PluginContext context;
  private final ProfileService profiles;
  private final ResourceDeletion<Profile> deletion;

  ProfileHandlers(PluginContext context, Clock clock) {
    this.context = context;
    this.profiles = new ProfileService(context, clock);
    this.deletion = new ResourceDeletion<>(context, ProfileKind.DEFAULTS, ProfileKind.DELETED_EVENT);
  }

  Future<?> create(RoutingContext rc) {
    QueryParams.only(rc, Set.of());
    Tenant tenant = PluginRequest.tenant(rc);
    JsonObject body = Requests.jsonObject(rc);
    ProfileDraft draft = ProfileReader.read(body);
    return context.idempotency().run(tenant, "profiles.create", Requests.idempotencyKey(rc), body,
            tx -> profiles.create(tx, tenant, draft).map(profile ->
                ApiResponse.created(BASE_PATH + profile.id(), profile.toJson()).withHeader("ETag", profile.etag())))
        .compose(response -> Responses.send(rc, response));
  }

  Future<?> list(RoutingContext rc) {
    QueryParams.only(rc, PAGING);
    return profiles.list(PluginRequest.tenant(rc), PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.items().stream().map(Profile::toJson).toList(), page.nextCursor()));
  }

  Future<?> get(RoutingContext rc) {
    QueryParams.only(rc, Set.of());
    return profiles.get(PluginRequest.tenant(rc), profileId(rc)).compose(profile -> {
      rc.response().putHeader("ETag", profile.etag());
      if (Versions.notModified(rc, profile.version())) {
        return rc.response().setStatusCode(304).end();
      }
      return Responses.ok(rc, profile.toJson());
    });
  }

  Future<?> update(RoutingContext rc) {
    QueryParams.only(rc, Set.of());
    UUID id = profileId(rc);
    Long expected = Versions.ifMatch(rc);
    requireMergePatch(rc);
    JsonObject patch = Requests.jsonObject(rc);
    return profiles.update(PluginRequest.tenant(rc), id, patch, expected).compose(profile -> {
      rc.response().putHeader("ETag", profile.etag());
      return Responses.ok(rc, profile.toJson());
    });
  }

  Future<?> delete(RoutingContext rc) {
    UUID id = profileId(rc);
    DeleteOptions options = DeleteOptions.from(rc);
    return deletion.delete(PluginRequest.tenant(rc), id, Versions.ifMatch(rc), options)
        .compose(v -> Responses.noContent(rc));
  }

  Future<?> customers(RoutingContext rc) {
    QueryParams.only(rc, PAGING);
    return profiles.customersUsing(PluginRequest.tenant(rc), profileId(rc), PageParams.from(rc))
        .compose(page -> Responses.page(rc,
            page.items().stream().map(id -> new JsonObject().put("customerId", id.toString())).toList(),
            page.nextCursor()));
  }

  Future<?> resolve(RoutingContext rc) {
    QueryParams.only(rc, Set.of("customerId"));
    UUID customerId = QueryParams.uuid(rc, "customerId");
    if (customerId == null) {
      throw Problems.invalidField("customerId", "is required");
    }
    return profiles.resolve(PluginRequest.tenant(rc), customerId)
        .compose(resolution -> Responses.ok(rc, resolution.toJson()));
  }

  private static UUID profileId(RoutingContext rc) {
    return Requests.pathId(rc, "profileId", "profile");
  }

  private static void requireMergePatch(RoutingContext rc) {
    String type = rc.request().getHeader("Content-Type");
    if (type != null && !type.startsWith("application/merge-patch+json") && !type.startsWith("application/json")) {
      throw Problem.of(415, "unsupported-media-type", "Unsupported media type",
          "Send the change as a JSON merge patch (application/merge-patch+json).").toException();
    }
  }
}
