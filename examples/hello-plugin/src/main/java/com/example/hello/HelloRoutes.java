package com.example.hello;

import dev.patron.kit.http.Responses;
import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginRequest;
import dev.patron.api.plugin.RouteContributor;
import dev.patron.api.problem.Problems;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Tuple;
import org.pf4j.Extension;

/** {@code GET /api/v1/plugins/hello/greeting?name=Ana} and the customers greeted so far. */
@Extension
public class HelloRoutes implements RouteContributor {

  @Override
  public void contribute(Router router, PluginContext context) {
    router.get("/greeting").handler(rc -> {
      String name = rc.queryParams().get("name");
      if (name == null || name.isBlank() || name.length() > 100) {
        throw Problems.invalidField("name", "is required, at most 100 characters");
      }
      String salutation = PluginRequest.config(rc).getString("salutation", "Hello");
      Responses.ok(rc, new JsonObject().put("greeting",
          salutation + ", " + name + ", from " + PluginRequest.tenant(rc).name() + "!"));
    });
    router.get("/greetings").handler(rc -> context.client()
        .preparedQuery("SELECT first_name FROM hello.greetings WHERE tenant_id = $1 ORDER BY greeted_at")
        .execute(Tuple.of(PluginRequest.tenant(rc).id()))
        .onFailure(rc::fail)
        .onSuccess(rows -> {
          JsonArray names = new JsonArray();
          rows.forEach(row -> names.add(row.getString("first_name")));
          Responses.ok(rc, new JsonObject().put("greeted", names));
        }));
  }
}
