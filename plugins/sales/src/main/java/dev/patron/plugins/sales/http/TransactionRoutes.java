package dev.patron.plugins.sales.http;

import dev.patron.api.plugin.ApiResponse;
import dev.patron.api.plugin.Idempotency;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.http.Handlers;
import dev.patron.kit.http.Requests;
import dev.patron.kit.http.Responses;
import dev.patron.plugins.sales.SalesSettings;
import dev.patron.plugins.sales.receipt.PricedSale;
import dev.patron.plugins.sales.receipt.ReceiptArithmetic;
import dev.patron.plugins.sales.receipt.Sale;
import dev.patron.plugins.sales.receipt.SaleReader;
import dev.patron.plugins.sales.refund.RefundReader;
import dev.patron.plugins.sales.refund.RefundRequest;
import dev.patron.plugins.sales.refund.RefundTransaction;
import dev.patron.plugins.sales.transaction.ReceiptPosts;
import dev.patron.plugins.sales.transaction.RecordTransaction;
import dev.patron.plugins.sales.transaction.TransactionJson;
import dev.patron.plugins.sales.transaction.TransactionRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.UUID;

/** HTTP for receipts: record one (the POS), read one, refund one. */
public final class TransactionRoutes {

  public static final String BASE = "/api/v1/plugins/sales";

  private final PluginContext context;
  private final Idempotency idempotency;
  private final SalesClock clock;
  private final RecordTransaction recorder;
  private final ReceiptPosts posts;
  private final RefundTransaction refunder;
  private final TransactionRepository transactions = new TransactionRepository();

  public TransactionRoutes(PluginContext context, SalesClock clock) {
    this.context = context;
    this.idempotency = context.idempotency();
    this.clock = clock;
    this.recorder = new RecordTransaction(context);
    this.posts = new ReceiptPosts(context, recorder);
    this.refunder = new RefundTransaction(context);
  }

  public void register(Router router) {
    router.post("/transactions").handler(Handlers.of(this::record));
    router.get("/transactions/:transactionId").handler(Handlers.of(this::get));
    router.post("/transactions/:transactionId/refunds").handler(Handlers.of(this::refund));
  }

  /**
   * 201 for a new receipt, 200 with the stored one for a re-post of the same receipt. The body is
   * read and checked to add up before any database work. Without an {@code Idempotency-Key} (the
   * receipt id makes a post idempotent anyway) concurrent posts share transactions ({@link
   * ReceiptPosts}).
   */
  private Future<?> record(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    SalesSettings settings = SalesSettings.from(PluginRequest.config(rc));
    JsonObject body = Requests.jsonObject(rc);
    Instant now = clock.now();
    Sale sale = new SaleReader(tenant.currency()).read(body, now);
    PricedSale priced = new ReceiptArithmetic(tenant.currencyDigits(), tenant.currency())
        .check(sale, settings.pricesIncludeTax()).postedBy(PluginRequest.actor(rc));
    String key = Requests.idempotencyKey(rc);
    Future<ApiResponse> answered = key == null
        ? posts.record(tenant, priced, now).map(TransactionRoutes::recorded)
        : idempotency.run(tenant, "transactions.record", key, body,
            tx -> recorder.record(tx, tenant, priced, now).map(TransactionRoutes::recorded));
    return answered.compose(response -> Responses.send(rc, response));
  }

  private static ApiResponse recorded(RecordTransaction.Outcome outcome) {
    JsonObject json = TransactionJson.full(outcome.transaction());
    return outcome.created()
        ? ApiResponse.created(BASE + "/transactions/" + outcome.transaction().id(), json)
        : ApiResponse.of(200, json);
  }

  private Future<?> get(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID id = transactionId(rc);
    return transactions.find(context.client(), tenant.id(), id).compose(found -> {
      if (found == null) {
        throw notFound(id);
      }
      return Responses.ok(rc, TransactionJson.full(found));
    });
  }

  /** Safe to retry with an Idempotency-Key: a refund is never made twice. */
  private Future<?> refund(RoutingContext rc) {
    Tenant tenant = PluginRequest.tenant(rc);
    UUID id = transactionId(rc);
    JsonObject body = Requests.jsonObject(rc);
    Instant now = clock.now();
    RefundRequest request = RefundReader.read(body, now);
    JsonObject sameRequest = new JsonObject().put("transactionId", id.toString()).put("body", body);
    return idempotency.run(tenant, "transactions.refund", Requests.idempotencyKey(rc), sameRequest,
            tx -> refunder.refund(tx, tenant, id, request, now).map(outcome -> ApiResponse
                .created(BASE + "/transactions/" + id, TransactionJson.refund(outcome.refund(), tenant.currency()))))
        .compose(response -> Responses.send(rc, response));
  }

  private static UUID transactionId(RoutingContext rc) {
    return Requests.pathId(rc, "transactionId", "transaction");
  }

  static RuntimeException notFound(UUID id) {
    return Problems.notFound("No transaction with id " + id + ".");
  }
}
