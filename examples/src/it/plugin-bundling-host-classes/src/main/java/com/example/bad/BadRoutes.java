package com.example.bad;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.RouteContributor;
import io.vertx.ext.web.Router;
import org.pf4j.Extension;

@Extension
public class BadRoutes implements RouteContributor {
  @Override
  public void contribute(Router router, PluginContext context) {
    router.get("/x").handler(rc -> rc.end());
  }
}
