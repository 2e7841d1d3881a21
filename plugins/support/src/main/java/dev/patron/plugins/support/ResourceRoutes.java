package dev.patron.plugins.support;

import dev.patron.api.plugin.PluginContext;
import dev.patron.kit.http.Handlers;
import io.vertx.ext.web.Router;

/**
 * The standard routes of a template resource, e.g. for {@code profiles}: {@code POST /profiles}
 * (with {@code Idempotency-Key}), {@code GET /profiles} (by {@code limit} and {@code cursor}),
 * {@code GET /profiles/:profileId} ({@code ETag}, 304 on {@code If-None-Match}), {@code PATCH}
 * (JSON merge patch, {@code If-Match}), {@code DELETE} (see {@link ResourceDeletion}) and {@code GET
 * /profiles/:profileId/customers}. The plugin's OpenAPI fragment documents them.
 */
public final class ResourceRoutes {

  private ResourceRoutes() {
  }

  /**
   * Registers the standard routes on the plugin's router; {@code choice} is how customers choose
   * the resource as their default, which a delete takes care of.
   */
  public static <F extends ResourceFields, R extends StoredResource<F>> void register(
      Router router, PluginContext context, ResourceService<F, R> service, DefaultChoice<R> choice) {
    ResourceNames names = service.type().names();
    ResourceHandlers<F, R> handlers = new ResourceHandlers<>(context, service,
        new ResourceDeletion<>(context, choice, names.deletedEvent()));
    String collection = names.route();
    String one = collection + "/:" + names.idParameter();
    router.post(collection).handler(Handlers.of(handlers::create));
    router.get(collection).handler(Handlers.of(handlers::list));
    router.get(one).handler(Handlers.of(handlers::get));
    router.patch(one).handler(Handlers.of(handlers::update));
    router.delete(one).handler(Handlers.of(handlers::delete));
    router.get(one + "/customers").handler(Handlers.of(handlers::customers));
  }
}
