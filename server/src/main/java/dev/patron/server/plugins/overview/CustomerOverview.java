package dev.patron.server.plugins.overview;

import dev.patron.api.problem.Problem;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The plugins' part of a customer overview: the sections that arrived, by plugin id, and a problem
 * naming each plugin whose section did not.
 */
public record CustomerOverview(JsonObject sections, List<Problem> errors) {

  public CustomerOverview {
    errors = List.copyOf(errors);
  }

  /** The answer of {@code GET /api/v1/customers/{id}/overview}, around the customer's representation. */
  public JsonObject toJson(JsonObject customer) {
    JsonArray problems = new JsonArray();
    errors.forEach(problem -> problems.add(problem.toJson()));
    return new JsonObject().put("customer", customer).put("sections", sections).put("errors", problems);
  }
}
