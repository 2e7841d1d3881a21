package dev.patron.plugins.discounts;

import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.json.MergePatch;
import dev.patron.api.plugin.PluginContext;
import dev.patron.kit.sql.Rows;
import dev.patron.api.tenant.Tenant;
import dev.patron.plugins.support.CustomerDefaults;
import dev.patron.plugins.support.ResourceProblems;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The discount use cases: create, read, list, change. Writes run in one transaction. */
public final class DiscountService {

  private final PluginContext context;
  private final Clock clock;
  private final DiscountRepository discounts = new DiscountRepository();
  private final CustomerDefaults defaults = DiscountKind.MIRROR;
  private final ResourceProblems problems = DiscountKind.PROBLEMS;

  public DiscountService(PluginContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  /** Creates a discount inside {@code tx} (the caller's, e.g. an idempotent one). */
  public Future<Discount> create(SqlConnection tx, Tenant tenant, DiscountTerms terms) {
    Instant now = Rows.now(clock);
    Discount discount = new Discount(UUID.randomUUID(), terms, 1, now, now);
    return discounts.insert(tx, tenant.id(), discount)
        .recover(error -> Future.failedFuture(codeClash(error, terms)))
        .map(discount);
  }

  public Future<Discount> get(Tenant tenant, UUID id) {
    return discounts.find(context.client(), tenant.id(), id).map(discount -> problems.found(discount, id));
  }

  public Future<Page<Discount>> list(Tenant tenant, PageRequest page) {
    return discounts.list(context.client(), tenant.id(), page);
  }

  /** Applies a JSON merge patch; {@code expectedVersion} (nullable) guards against lost updates. */
  public Future<Discount> update(Tenant tenant, UUID id, JsonObject patch, Long expectedVersion) {
    return context.pool().withTransaction(tx -> discounts.findForUpdate(tx, tenant.id(), id).compose(current -> {
      problems.found(current, id);
      problems.checkVersion(current, expectedVersion);
      DiscountTerms terms = DiscountReader.read(MergePatch.apply(current.terms().toJson(), patch), tenant.currency());
      if (terms.equals(current.terms())) {
        return Future.succeededFuture(current);
      }
      Discount changed = current.changed(terms, Rows.now(clock));
      return discounts.update(tx, tenant.id(), changed)
          .recover(error -> Future.failedFuture(codeClash(error, terms)))
          .map(changed);
    }));
  }

  /** The customers whose default is the discount, a page at a time. */
  public Future<Page<UUID>> customersUsing(Tenant tenant, UUID id, PageRequest page) {
    return get(tenant, id).compose(discount -> defaults.page(context.client(), tenant.id(), id, page));
  }

  private Throwable codeClash(Throwable error, DiscountTerms terms) {
    return problems.codeClash(error, DiscountRepository.CODE_KEY, terms.code());
  }
}
