package dev.patron.server.http.people;

import dev.patron.api.event.Actor;
import dev.patron.api.plugin.ApiResponse;
import dev.patron.api.tenant.StaffRole;
import dev.patron.core.staff.StaffInput;
import dev.patron.core.staff.StaffService;
import dev.patron.core.staff.StaffUser;
import dev.patron.core.tenant.TenantService;
import dev.patron.kit.http.PageParams;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.server.http.Endpoints;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;

/**
 * The host admin's part in a restaurant's staff: invite its owners (the first one above all), see
 * its accounts, and give an owner who lost their password a new link.
 */
public final class OwnerAdminRoutes {

  private final TenantService tenants;
  private final StaffService staff;
  private final SqlClient reader;
  private final PasswordLinks links;

  public OwnerAdminRoutes(TenantService tenants, StaffService staff, SqlClient reader, PasswordLinks links) {
    this.tenants = tenants;
    this.staff = staff;
    this.reader = reader;
    this.links = links;
  }

  public void register(Endpoints admin) {
    admin.post("/tenants/:tenantId/owners", this::inviteOwner);
    admin.get("/tenants/:tenantId/staff", this::list);
    admin.post("/tenants/:tenantId/staff/:staffId/password-reset", this::reset);
  }

  private Future<?> inviteOwner(RoutingContext rc) {
    UUID tenantId = tenantId(rc);
    StaffInput input = StaffInput.forInvite(Requests.jsonObject(rc), StaffRole.OWNER);
    return tenants.get(tenantId)
        .compose(tenant -> staff.invite(tenantId, input, Actor.ADMIN))
        .compose(invited -> Responses.send(rc, ApiResponse.created(
            "/api/v1/admin/tenants/" + tenantId + "/staff/" + invited.user().id(), links.toJson(invited))));
  }

  private Future<?> list(RoutingContext rc) {
    UUID tenantId = tenantId(rc);
    return tenants.get(tenantId)
        .compose(tenant -> staff.list(reader, tenantId, PageParams.from(rc)))
        .compose(page -> Responses.page(rc, page.items().stream().map(StaffUser::toJson).toList(), page.nextCursor()));
  }

  private Future<?> reset(RoutingContext rc) {
    UUID tenantId = tenantId(rc);
    UUID staffId = Requests.pathId(rc, "staffId", "staff account");
    return staff.issueReset(tenantId, staffId).compose(issued -> Responses.json(rc, 201, links.toJson(issued)));
  }

  private static UUID tenantId(RoutingContext rc) {
    return Requests.pathId(rc, "tenantId", "tenant");
  }
}
