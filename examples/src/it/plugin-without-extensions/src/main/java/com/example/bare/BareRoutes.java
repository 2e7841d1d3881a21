package com.example.bare;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import io.vertx.ext.web.Router;

/** Implements an extension point but is not annotated with @Extension. */
public class BareRoutes implements RouteContributor {
  @Override
  public void contribute(Router router, PluginContext context) {
    router.get("/x").handler(rc -> rc.end());
  }
}
