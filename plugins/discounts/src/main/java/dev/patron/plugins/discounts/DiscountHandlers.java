package dev.patron.plugins.discounts;

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
final class DiscountHandlers {

  static final String BASE_PATH = "/api/v1/plugins/discounts/discounts/";
  private static final Set<String> PAGING = Set.of("limit", "cursor");

  private final PluginContext context;
  private final DiscountService discounts;
  private final ResourceDeletion<Discount> deletion;
  private final QuoteService quotes;

  DiscountHandlers(PluginContext context, Clock clock) {
    this.context = context;
    this.discounts = new DiscountService(context, clock);
    this.deletion = new ResourceDeletion<>(context, DiscountKind.defaults(clock), DiscountKind.DELETED_EVENT);
    this.quotes = new QuoteService(context, clock);
  }

  Future<?> create(RoutingContext rc) {
    QueryParams.only(rc, Set.of());
    Tenant tenant = PluginRequest.tenant(rc);
    JsonObject body = Requests.jsonObject(rc);
    DiscountTerms terms = DiscountReader.read(body, tenant.currency());
    return context.idempotency().run(tenant, "discounts.create", Requests.idempotencyKey(rc), body,
            tx -> discounts.create(tx, tenant, terms).map(discount ->
                ApiResponse.created(BASE_PATH + discount.id(), discount.toJson()).withHeader("ETag", discount.etag())))
        .compose(response -> Responses.send(rc, response));
  }

  Future<?> list(RoutingContext rc) {
    QueryParams.only(rc, PAGING);
    return discounts.list(PluginRequest.tenant(rc), PageParams.from(rc))
        .compose(page -> Responses.page(rc, page.items().stream().map(Discount::toJson).toList(), page.nextCursor()));
  }

  Future<?> get(RoutingContext rc) {
    QueryParams.only(rc, Set.of());
    return discounts.get(PluginRequest.tenant(rc), discountId(rc)).compose(discount -> {
      rc.response().putHeader("ETag", discount.etag());
      if (Versions.notModified(rc, discount.version())) {
        return rc.response().setStatusCode(304).end();
      }
      return Responses.ok(rc, discount.toJson());
    });
  }

  Future<?> update(RoutingContext rc) {
    QueryParams.only(rc, Set.of());
    UUID id = discountId(rc);
    Long expected = Versions.ifMatch(rc);
    requireMergePatch(rc);
    JsonObject patch = Requests.jsonObject(rc);
    return discounts.update(PluginRequest.tenant(rc), id, patch, expected).compose(discount -> {
      rc.response().putHeader("ETag", discount.etag());
      return Responses.ok(rc, discount.toJson());
    });
  }

  Future<?> delete(RoutingContext rc) {
    UUID id = discountId(rc);
    DeleteOptions options = DeleteOptions.from(rc);
    return deletion.delete(PluginRequest.tenant(rc), id, Versions.ifMatch(rc), options)
        .compose(v -> Responses.noContent(rc));
  }

  Future<?> customers(RoutingContext rc) {
    QueryParams.only(rc, PAGING);
    return discounts.customersUsing(PluginRequest.tenant(rc), discountId(rc), PageParams.from(rc))
        .compose(page -> Responses.page(rc,
            page.items().stream().map(id -> new JsonObject().put("customerId", id.toString())).toList(),
            page.nextCursor()));
  }

  /** A quote writes nothing, so it needs no Idempotency-Key: asking again gives the same answer. */
  Future<?> quote(RoutingContext rc) {
    QueryParams.only(rc, Set.of());
    Tenant tenant = PluginRequest.tenant(rc);
    QuoteRequest request = QuoteRequest.read(Requests.jsonObject(rc), tenant.currency());
    return quotes.quote(tenant, request).compose(quote -> Responses.ok(rc, quote.toJson()));
  }

  private static UUID discountId(RoutingContext rc) {
    return Requests.pathId(rc, "discountId", "discount");
  }

  private static void requireMergePatch(RoutingContext rc) {
    String type = rc.request().getHeader("Content-Type");
    if (type != null && !type.startsWith("application/merge-patch+json") && !type.startsWith("application/json")) {
      throw Problem.of(415, "unsupported-media-type", "Unsupported media type",
          "Send the change as a JSON merge patch (application/merge-patch+json).").toException();
    }
  }
}
