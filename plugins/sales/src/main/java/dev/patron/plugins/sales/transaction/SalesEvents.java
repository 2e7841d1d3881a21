package dev.patron.plugins.sales.transaction;

import dev.patron.api.event.Actor;
import dev.patron.api.money.Money;
import dev.patron.api.plugin.PluginEvents;
import dev.patron.api.tenant.Tenant;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes {@value #RECORDED} and {@value #REFUNDED}, about the receipt (the subject is its id, so
 * a receipt's events arrive in order), in the transaction that writes it: no receipt without its
 * event, no event without its receipt. The data names the customer by id only; staff and register
 * labels stay out.
 */
public final class SalesEvents {

  public static final String RECORDED = "sales.transaction.recorded";
  public static final String REFUNDED = "sales.transaction.refunded";

  private final PluginEvents events;

  public SalesEvents(PluginEvents events) {
    this.events = events;
  }

  public Future<Void> recorded(SqlClient tx, Tenant tenant, Transaction t) {
    return events.append(tx, tenant, RECORDED, t.id(), recordedData(t)).mapEmpty();
  }

  /**
   * The events of receipts recorded together, in one statement, each naming who posted it: posts
   * of several requests share the transaction.
   */
  public Future<Void> recordedAll(SqlClient tx, Tenant tenant, List<Transaction> receipts, List<Actor> postedBy) {
    List<PluginEvents.NewEvent> recorded = new ArrayList<>(receipts.size());
    for (int i = 0; i < receipts.size(); i++) {
      Transaction t = receipts.get(i);
      recorded.add(new PluginEvents.NewEvent(RECORDED, t.id(), recordedData(t), postedBy.get(i)));
    }
    return events.appendAll(tx, tenant, recorded).mapEmpty();
  }

  private static JsonObject recordedData(Transaction t) {
    String currency = t.currency();
    return new JsonObject()
        .put("transactionId", t.id().toString())
        .put("receiptId", t.receiptId())
        .put("customerId", string(t.customerId()))
        .put("closedAt", t.closedAt().toString())
        .put("location", t.location())
        .put("orderProfileId", string(t.orderProfileId()))
        .put("lineCount", t.lines().size())
        .put("total", Money.toJson(t.total(), currency))
        .put("tip", Money.toJson(t.tip(), currency));
  }

  /** @param before the receipt as it was before this refund */
  public Future<Void> refunded(SqlClient tx, Tenant tenant, Transaction before, Refund refund) {
    String currency = before.currency();
    JsonObject data = new JsonObject()
        .put("refundId", refund.id().toString())
        .put("transactionId", before.id().toString())
        .put("receiptId", before.receiptId())
        .put("customerId", string(before.customerId()))
        .put("amount", Money.toJson(refund.amount(), currency))
        .put("tip", Money.toJson(refund.tip(), currency))
        .put("whole", refund.whole())
        .put("refunded", Money.toJson(before.refundedTotal() + refund.amount(), currency))
        .put("refundedTip", Money.toJson(before.refundedTip() + refund.tip(), currency))
        .put("refundedAt", refund.refundedAt().toString());
    return events.append(tx, tenant, REFUNDED, before.id(), data).mapEmpty();
  }

  private static String string(UUID id) {
    return id == null ? null : id.toString();
  }
}
