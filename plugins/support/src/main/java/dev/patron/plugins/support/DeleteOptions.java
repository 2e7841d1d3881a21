package dev.patron.plugins.support;

import dev.patron.kit.http.QueryParams;
import dev.patron.api.problem.Problems;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * What to do with the customers whose default is a resource being deleted: nothing (refuse while
 * there are any), give them another resource ({@code ?reassignTo=<id>}) or remove their default
 * ({@code ?clearDefaults=true}).
 */
public record DeleteOptions(UUID reassignTo, boolean clearDefaults) {

  /**
   * The options of a delete request; a 400 for both at once. (Any other query parameter the host
   * has already refused, from the plugin's OpenAPI fragment.)
   */
  public static DeleteOptions from(RoutingContext rc) {
    UUID reassignTo = QueryParams.uuid(rc, "reassignTo");
    boolean clear = QueryParams.flag(rc, "clearDefaults");
    if (reassignTo != null && clear) {
      throw Problems.invalidField("clearDefaults", "cannot be combined with reassignTo: choose one");
    }
    return new DeleteOptions(reassignTo, clear);
  }

  /** Whether customers using the resource may be changed at all. */
  public boolean changesCustomers() {
    return reassignTo != null || clearDefaults;
  }
}
