package dev.patron.server.http.people;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.core.staff.StaffInput;
import dev.patron.core.staff.StaffService;
import dev.patron.core.staff.StaffUser;
import dev.patron.core.tenant.TenantContext;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.kit.http.Versions;
import dev.patron.server.http.Endpoints;
import dev.patron.server.http.auth.TenantAuthHandler;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;

/** A restaurant's staff accounts, for its owners: invite, list, change role or state, reset a password. */
public final class StaffRoutes {

  private static final String BASE = "/api/v1/staff";

  private final StaffService staff;
  private final SqlClient reader;
  private final PasswordLinks links;

  public StaffRoutes(StaffService staff, SqlClient reader, PasswordLinks links) {
    this.staff = staff;
    this.reader = reader;
    this.links = links;
  }

  public void register(Endpoints endpoints) {
    endpoints.post("/staff", this::invite);
    endpoints.get("/staff", this::list);
    endpoints.get("/staff/:staffId", this::get);
    endpoints.patch("/staff/:staffId", this::update);
    endpoints.post("/staff/:staffId/password-reset", this::reset);
  }

  private Future<?> invite(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    StaffInput input = StaffInput.forInvite(Requests.jsonObject(rc), null);
    return staff.invite(context.tenant().id(), input, context.requireActor()).compose(invited -> Responses.send(rc,
        ApiResponse.created(BASE + "/" + invited.user().id(), links.toJson(invited))
            .withHeader("ETag", Versions.etag(invited.user().version()))));
  }

  private Future<?> list(RoutingContext rc) {
    UUID tenantId = TenantAuthHandler.context(rc).tenant().id();
    return staff.list(reader, tenantId, PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.items().stream().map(StaffUser::toJson).toList(), page.nextCursor()));
  }

  private Future<?> get(RoutingContext rc) {
    UUID tenantId = TenantAuthHandler.context(rc).tenant().id();
    return staff.get(reader, tenantId, staffId(rc)).compose(user -> withEtag(rc, user));
  }

  private Future<?> update(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    UUID id = staffId(rc);
    Long expected = Versions.ifMatch(rc);
    StaffInput input = StaffInput.forUpdate(Requests.jsonObject(rc));
    return staff.update(context.tenant().id(), id, input, expected, context.requireActor())
        .compose(user -> withEtag(rc, user));
  }

  private Future<?> reset(RoutingContext rc) {
    UUID tenantId = TenantAuthHandler.context(rc).tenant().id();
    return staff.issueReset(tenantId, staffId(rc))
        .compose(issued -> Responses.json(rc, 201, links.toJson(issued)));
  }

  static Future<Void> withEtag(RoutingContext rc, StaffUser user) {
    rc.response().putHeader("ETag", Versions.etag(user.version()));
    return Responses.ok(rc, user.toJson());
  }

  private static UUID staffId(RoutingContext rc) {
    return Requests.pathId(rc, "staffId", "staff account");
  }
}
