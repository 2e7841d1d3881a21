package dev.patron.server.plugins.hooks;

import dev.patron.api.customer.Customer;
import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.api.plugin.CustomerHook;
import dev.patron.server.plugins.ContextClassLoaderProxy;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.core.customer.CustomerService;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.plugins.PluginRegistry;
import dev.patron.server.plugins.PluginRegistry.HookBinding;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Asks the plugins what archiving a customer would do, without archiving: the same plugins the
 * archive runs (every plugin the tenant ever enabled whose hook does something on archive), in the
 * same order and time limit, each with a {@link CustomerHook#previewArchive} call.
 *
 * <p>Nothing can change: all of it runs in one transaction that is read only — a write or a row
 * lock fails there — and always rolled back. Repeatable read lets the customer and every plugin be
 * read at one moment. Each plugin runs between a savepoint and a rollback to it, so one plugin's
 * failed statement (which aborts a transaction) costs only its own answer. Unlike the archive, a
 * veto does not stop the others: the back office shows every plugin's answer.
 */
public final class PluginArchivePreviews {

  private static final String WHAT = "its archive preview";
  private static final String CONSEQUENCE = "the archive would likely fail the same way";

  private final Pool pool;
  private final CustomerService customers;
  private final Duration timeLimit;
  private final List<HookBinding> archiving;

  public PluginArchivePreviews(Pool pool, CustomerService customers, PluginRegistry registry, Duration timeLimit) {
    this.pool = pool;
    this.customers = customers;
    this.timeLimit = timeLimit;
    this.archiving = registry.customerHooks().stream().filter(b -> actsOnArchive(b.hook())).toList();
  }

  /** The preview, or a 404 problem when the tenant has no such customer. */
  public Future<ArchivePreviewReport> preview(TenantContext context, UUID customerId) {
    return pool.withConnection(connection -> connection.begin().compose(tx ->
        connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute()
            .compose(v -> customers.find(connection, context, customerId))
            .compose(customer -> {
              if (customer == null) {
                throw Problems.notFound("No customer with id " + customerId + ".");
              }
              return each(context, connection, customer);
            })
            .eventually(tx::rollback)));
  }

  private Future<ArchivePreviewReport> each(TenantContext context, SqlConnection connection, Customer customer) {
    List<ArchivePreviewReport.Entry> entries = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (HookBinding binding : archiving) {
      if (context.pluginsEverEnabled().contains(binding.plugin().id())) {
        chain = chain
            .compose(v -> connection.query("SAVEPOINT plugin_preview").execute())
            .compose(v -> once(binding, context, connection, customer))
            .compose(entry -> connection.query("ROLLBACK TO SAVEPOINT plugin_preview").execute().map(entry))
            .map(entries::add)
            .mapEmpty();
      }
    }
    return chain.map(v -> new ArchivePreviewReport(customer.id(), customer.version(), entries));
  }

  /** One plugin's answer; never fails: a veto, a failure or a timeout is part of the answer. */
  private Future<ArchivePreviewReport.Entry> once(HookBinding binding, TenantContext context, SqlConnection connection,
      Customer customer) {
    String pluginId = binding.plugin().id();
    boolean enabled = context.pluginEnabled(pluginId);
    return GuardedSqlClient.during(connection, pluginId, timeLimit,
            sql -> binding.hook().previewArchive(new HostArchival(pluginId, context, sql, customer)))
        .map(preview -> new ArchivePreviewReport.Entry(pluginId, enabled, preview, null))
        .otherwise(error -> error instanceof ProblemException veto
            ? new ArchivePreviewReport.Entry(pluginId, enabled, ArchivePreview.vetoed(veto.problem()), null)
            : new ArchivePreviewReport.Entry(pluginId, enabled, null,
                PluginFailures.toProblem(error, pluginId, WHAT, timeLimit, CONSEQUENCE).problem()));
  }

  /** Whether archiving does anything in this hook: one that keeps both defaults does nothing. */
  static boolean actsOnArchive(CustomerHook hook) {
    return overrides(hook, "beforeArchive") || overrides(hook, "previewArchive");
  }

  private static boolean overrides(CustomerHook hook, String method) {
    try {
      return ContextClassLoaderProxy.pluginClass(hook).getMethod(method, CustomerArchival.class).getDeclaringClass()
          != CustomerHook.class;
    } catch (NoSuchMethodException e) {
      return true;
    }
  }
}
