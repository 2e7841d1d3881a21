package dev.patron.api.plugin;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.pf4j.ExtensionPoint;

/**
 * Contributes this plugin's section to a customer's overview ({@code GET
 * /api/v1/customers/{id}/overview}), the one call a till or a back office makes to show a customer
 * with everything the restaurant's plugins know about them: a default profile, a discount, gift
 * card balances, an open bill.
 *
 * <p><b>Read only.</b> {@link CustomerOverviewRequest#sql()} refuses to write. The overview runs
 * on every till look-up: answer from a few indexed queries.
 *
 * <p><b>In parallel, time-boxed.</b> The host asks every plugin the tenant enabled at once, each
 * with a time limit set by the host (default 500 ms). A contributor that fails or does not answer
 * in time costs only its own section: the overview still arrives, with an error entry naming the
 * plugin in place of the section. Failing with a {@link dev.patron.api.problem.ProblemException}
 * puts that problem in the error entry; anything else is reported as a 502 (504 for a timeout).
 *
 * <p><b>Shape.</b> The section is the returned object, under {@code sections.<pluginId>}; a future
 * completed with {@code null} leaves the section out. Describe it in the plugin's OpenAPI fragment
 * as the schema component {@code CustomerOverviewSection}: the host links it into the overview's
 * schema, so clients (and the test kit's checks) know its fields. One contributor per plugin.
 *
 * <p>Called on an event loop: never block it.
 */
public interface CustomerOverviewContributor extends ExtensionPoint {

  Future<JsonObject> overview(CustomerOverviewRequest request);
}
