package dev.patron.plugins.sales.transaction;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.sql.GroupCommit;
import dev.patron.plugins.sales.receipt.PricedSale;
import dev.patron.plugins.sales.transaction.RecordTransaction.Outcome;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Posts of receipts without an {@code Idempotency-Key}, in transactions that concurrent posts of
 * the same restaurant share ({@link GroupCommit}): a till's rush costs one commit per batch, not
 * per receipt. The shared transaction expects every receipt to be new, with a customer and order
 * profile the restaurant has ({@link RecordReceipts#recordAllNew}), and sends all its statements
 * at once, so a post costs one round trip before the commit; a post alone does the same. When one
 * is not (a re-post, a receipt id taken, an unknown customer) the transaction rolls back and each
 * post runs again alone through {@link RecordTransaction}, which judges it first, so each gets
 * exactly the answer it would have got alone. Make one per event loop.
 */
public final class ReceiptPosts {

  private record Post(Tenant tenant, PricedSale priced, Instant now) {
  }

  private final GroupCommit<Post, Outcome> commits;

  public ReceiptPosts(PluginContext context, RecordTransaction judged) {
    RecordReceipts optimistic = new RecordReceipts(new SalesEvents(context.events()));
    this.commits = new GroupCommit<>(context.vertx(),
        posts -> context.pool().withTransaction(tx -> optimistic
            .recordAllNew(tx, posts.get(0).tenant(), posts.stream().map(Post::priced).toList(), latest(posts))
            .map(recorded -> recorded.stream().map(t -> new Outcome(t, true)).toList())),
        post -> context.pool()
            .withTransaction(tx -> optimistic.recordAllNew(tx, post.tenant(), List.of(post.priced()), post.now()))
            .map(recorded -> new Outcome(recorded.get(0), true))
            .recover(notNew -> context.pool()
                .withTransaction(tx -> judged.record(tx, post.tenant(), post.priced(), post.now()))));
  }

  /** Records the sale; its outcome once committed. Posts share transactions only within one restaurant. */
  public Future<Outcome> record(Tenant tenant, PricedSale priced, Instant now) {
    return commits.submit(tenant, new Post(tenant, priced, now));
  }

  /** The batch's time of recording: the latest of its posts', so never before a sale it holds was checked. */
  private static Instant latest(List<Post> posts) {
    return posts.stream().map(Post::now).max(Comparator.naturalOrder()).orElseThrow();
  }
}
