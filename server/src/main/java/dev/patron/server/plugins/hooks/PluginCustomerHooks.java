package dev.patron.server.plugins.hooks;

import dev.patron.api.customer.Customer;
import dev.patron.api.event.Actor;
import dev.patron.api.plugin.CustomerChange;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.tenant.Tenant;
import dev.patron.core.customer.CustomerHooks;
import dev.patron.core.customer.CustomerWrite;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.metrics.HookMetrics;
import dev.patron.server.plugins.PluginRegistry;
import dev.patron.server.plugins.PluginRegistry.HookBinding;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.function.Function;

/**
 * Runs the plugins' customer hooks inside the customer write's transaction, one after another in
 * the registry's order, each time-boxed and with a transaction handle that dies with the call.
 * Create and update hooks run for plugins the tenant enabled; archive hooks for every plugin it
 * ever enabled, so no plugin keeps personal data of an archived customer.
 */
public final class PluginCustomerHooks implements CustomerHooks {

  private final PluginRegistry registry;
  private final Duration timeLimit;
  private final HookMetrics metrics;

  public PluginCustomerHooks(PluginRegistry registry, Duration timeLimit, HookMetrics metrics) {
    this.metrics = metrics;
    this.registry = registry;
    this.timeLimit = timeLimit;
  }

  @Override
  public Future<Void> beforeWrite(CustomerWrite write) {
    String what = write.isCreate() ? "customer create" : "customer update";
    return each(write.context(), write.transaction(), what, false, (binding, sql) -> {
      Change change = new Change(binding.plugin().id(), write, sql);
      return write.isCreate() ? binding.hook().beforeCreate(change) : binding.hook().beforeUpdate(change);
    });
  }

  @Override
  public boolean runOnWrite(TenantContext context) {
    return registry.customerHooks().stream().anyMatch(binding -> context.pluginEnabled(binding.plugin().id()));
  }

  @Override
  public Future<Void> beforeArchive(TenantContext context, SqlConnection transaction, Customer customer) {
    return each(context, transaction, "customer archive", true, (binding, sql) ->
        binding.hook().beforeArchive(new HostArchival(binding.plugin().id(), context, sql, customer)));
  }

  private interface HookCall {
    Future<Void> call(HookBinding binding, SqlClient sql);
  }

  private Future<Void> each(TenantContext context, SqlConnection transaction, String what, boolean everEnabled,
      HookCall call) {
    Future<Void> chain = Future.succeededFuture();
    for (HookBinding binding : registry.customerHooks()) {
      String pluginId = binding.plugin().id();
      boolean applies = everEnabled ? context.pluginsEverEnabled().contains(pluginId) : context.pluginEnabled(pluginId);
      if (applies) {
        chain = chain.compose(v -> once(binding, transaction, what, context.actor(), sql -> call.call(binding, sql)));
      }
    }
    return chain;
  }

  private Future<Void> once(HookBinding binding, SqlConnection transaction, String what, Actor actor,
      Function<SqlClient, Future<Void>> call) {
    String pluginId = binding.plugin().id();
    return metrics.timed(pluginId, what.substring(what.indexOf(' ') + 1),
        () -> GuardedSqlClient.during(transaction, pluginId, timeLimit, actor, call)
            .recover(error -> Future.failedFuture(PluginFailures.toProblem(error, pluginId, what, timeLimit))),
        PluginCustomerHooks::outcome);
  }

  /** What a failed call was, from the problem it became: the host answers 504 and 502 for its own. */
  private static HookMetrics.Outcome outcome(Throwable failure) {
    int status = failure instanceof ProblemException problem ? problem.problem().status() : 502;
    return switch (status) {
      case 504 -> HookMetrics.Outcome.TIMEOUT;
      case 502 -> HookMetrics.Outcome.FAILURE;
      default -> HookMetrics.Outcome.VETO;
    };
  }

  /** One plugin's view of a create or update. */
  private record Change(String pluginId, CustomerWrite write, SqlClient sql) implements CustomerChange {

    @Override
    public Tenant tenant() {
      return write.context().tenant();
    }

    @Override
    public JsonObject config() {
      return write.context().pluginConfig(pluginId).copy();
    }

    @Override
    public Customer before() {
      return write.before();
    }

    @Override
    public Customer after() {
      return write.after();
    }

    @Override
    public JsonObject extension() {
      return write.extension(pluginId);
    }

    @Override
    public boolean extensionChanged() {
      return write.extensionChanged(pluginId);
    }

    @Override
    public void setExtension(JsonObject value) {
      write.setExtension(pluginId, value);
    }
  }
}
