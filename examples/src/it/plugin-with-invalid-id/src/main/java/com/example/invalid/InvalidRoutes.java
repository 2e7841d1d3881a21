package com.example.invalid;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import io.vertx.ext.web.Router;
import org.pf4j.Extension;

/** A valid extension in a plugin whose id is not. */
@Extension
public class InvalidRoutes implements RouteContributor {
  @Override
  public void contribute(Router router, PluginContext context) {
    router.get("/x").handler(rc -> rc.end());
  }
}
