package dev.patron.plugins.support;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.kit.sql.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import java.time.Clock;
import java.util.UUID;

/**
 * The use cases every template resource has: create, read, list, change by merge patch, and the
 * customers having it as default. Writes run in one transaction, with the plugin's {@link
 * BeforeSave} step; reads use the pipelined client.
 *
 * @param <F> the client's fields
 * @param <R> the stored resource
 */
public final class ResourceService<F extends ResourceFields, R extends StoredResource<F>> {

  private final PluginContext context;
  private final Clock clock;
  private final ResourceType<F, R> type;
  private final ResourceRepository<F, R> resources;
  private final BeforeSave<R> beforeSave;
  private final ResourceProblems problems;
  private final CustomerDefaults mirror;

  public ResourceService(PluginContext context, Clock clock, ResourceRepository<F, R> resources, BeforeSave<R> beforeSave) {
    this.context = context;
    this.clock = clock;
    this.type = resources.type();
    this.resources = resources;
    this.beforeSave = beforeSave;
    this.problems = type.problems();
    this.mirror = type.mirror();
  }

  public ResourceType<F, R> type() {
    return type;
  }

  /** Creates a resource inside {@code tx} (the caller's, e.g. an idempotent one). */
  public Future<R> create(SqlConnection tx, Tenant tenant, F fields) {
    R resource = type.created(fields, Rows.now(clock));
    return beforeSave.run(tx, tenant.id(), null, resource)
        .compose(v -> resources.insert(tx, tenant.id(), resource))
        .recover(error -> Future.failedFuture(codeClash(error, fields)))
        .map(resource);
  }

  public Future<R> get(Tenant tenant, UUID id) {
    return resources.find(context.client(), tenant.id(), id).map(resource -> problems.found(resource, id));
  }

  public Future<Page<R>> list(Tenant tenant, PageRequest page) {
    return resources.list(context.client(), tenant.id(), page);
  }

  /**
   * Applies a JSON merge patch; {@code expectedVersion} (nullable) guards against lost updates. A
   * patch that changes nothing writes nothing and keeps the version.
   */
  public Future<R> update(Tenant tenant, UUID id, JsonObject patch, Long expectedVersion) {
    UUID tenantId = tenant.id();
    return context.pool().withTransaction(tx -> resources.findForUpdate(tx, tenantId, id).compose(current -> {
      problems.found(current, id);
      problems.checkVersion(current, expectedVersion);
      F fields = type.patched(current, patch, tenant);
      if (fields.equals(current.fields())) {
        return Future.succeededFuture(current);
      }
      R changed = type.changed(current, fields, Rows.now(clock));
      return beforeSave.run(tx, tenantId, current, changed)
          .compose(v -> resources.update(tx, tenantId, changed))
          .recover(error -> Future.failedFuture(codeClash(error, fields)))
          .map(changed);
    }));
  }

  /** The customers whose default is the resource, a page at a time; a 404 when there is no such resource. */
  public Future<Page<UUID>> customersUsing(Tenant tenant, UUID id, PageRequest page) {
    return get(tenant, id).compose(resource -> mirror.page(context.client(), tenant.id(), id, page));
  }

  private Throwable codeClash(Throwable error, F fields) {
    return problems.codeClash(error, type.names().codeKey(), fields.code());
  }
}
