package dev.patron.server.plugins.overview;

import dev.patron.api.customer.Customer;
import dev.patron.api.plugin.CustomerOverviewRequest;
import dev.patron.api.problem.Problem;
import dev.patron.api.tenant.Tenant;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.plugins.PluginRegistry;
import dev.patron.server.plugins.PluginRegistry.OverviewBinding;
import dev.patron.server.plugins.hooks.GuardedSqlClient;
import dev.patron.server.plugins.hooks.PluginFailures;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks every plugin the tenant enabled for its section of a customer's overview: all at once, each
 * time-boxed, each through a read-only client that stops working when its call ends. A plugin that
 * fails or is late costs only its own section, reported as a problem naming it; the others arrive.
 */
public final class PluginOverviews {

  private static final String WHAT = "its customer overview section";
  private static final String CONSEQUENCE = "the overview shows the other plugins' sections";

  private final PluginRegistry registry;
  private final SqlClient readOnly;
  private final Duration timeLimit;

  /** @param readOnly a client whose connections refuse writes ({@code default_transaction_read_only}) */
  public PluginOverviews(PluginRegistry registry, SqlClient readOnly, Duration timeLimit) {
    this.registry = registry;
    this.readOnly = readOnly;
    this.timeLimit = timeLimit;
  }

  /** The enabled plugins' sections about {@code customer}; never fails for a plugin's sake. */
  public Future<CustomerOverview> collect(TenantContext context, Customer customer) {
    List<Future<Part>> parts = new ArrayList<>();
    for (OverviewBinding binding : registry.overviews()) {
      if (context.pluginEnabled(binding.plugin().id())) {
        parts.add(ask(binding, context, customer));
      }
    }
    return onCallersContext(Future.all(parts)).map(done -> {
      JsonObject sections = new JsonObject();
      List<Problem> errors = new ArrayList<>();
      for (Future<Part> part : parts) {
        Part answer = part.result();
        if (answer.error() != null) {
          errors.add(answer.error());
        } else if (answer.section() != null) {
          sections.put(answer.pluginId(), answer.section());
        }
      }
      return new CustomerOverview(sections, errors);
    });
  }

  /**
   * The same outcome, delivered on the caller's event loop: a plugin's future made without a
   * context times out on a timer thread, and the answer must not be written from there.
   */
  private static <T> Future<T> onCallersContext(Future<T> future) {
    Context caller = Vertx.currentContext();
    if (caller == null) {
      return future;
    }
    Promise<T> promise = Promise.promise();
    future.onComplete(outcome -> caller.runOnContext(v -> promise.handle(outcome)));
    return promise.future();
  }

  /** One plugin's section, or the problem standing in for it. */
  private record Part(String pluginId, JsonObject section, Problem error) {
  }

  private Future<Part> ask(OverviewBinding binding, TenantContext context, Customer customer) {
    String pluginId = binding.plugin().id();
    return GuardedSqlClient.during(readOnly, pluginId, timeLimit,
            sql -> binding.contributor().overview(new Request(pluginId, context, customer, sql)))
        // A copy, checked now: a value JSON cannot hold fails this section, not the whole answer.
        .map(section -> new Part(pluginId, section == null ? null : section.copy(), null))
        .otherwise(error -> new Part(pluginId, null,
            PluginFailures.toProblem(error, pluginId, WHAT, timeLimit, CONSEQUENCE).problem()));
  }

  /** One plugin's view of the overview request. */
  private record Request(String pluginId, TenantContext context, Customer customer, SqlClient sql)
      implements CustomerOverviewRequest {

    @Override
    public Tenant tenant() {
      return context.tenant();
    }

    @Override
    public JsonObject config() {
      return context.pluginConfig(pluginId).copy();
    }
  }
}
