package dev.patron.server.http;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problems;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;

/** Query parameters a route accepts: a typo in a filter is an error, not a silently ignored filter. */
public final class QueryParams {

  private QueryParams() {
  }

  public static void only(RoutingContext rc, Set<String> allowed) {
    List<FieldError> unknown = rc.queryParams().names().stream()
        .filter(name -> !allowed.contains(name))
        .sorted()
        .map(name -> new FieldError(name, "unknown query parameter; allowed: " + String.join(", ", allowed.stream().sorted().toList())))
        .toList();
    if (!unknown.isEmpty()) {
      throw Problems.validation(unknown);
    }
    for (String name : rc.queryParams().names()) {
      if (rc.queryParams().getAll(name).size() > 1) {
        throw Problems.invalidField(name, "must be given once");
      }
    }
  }
}
