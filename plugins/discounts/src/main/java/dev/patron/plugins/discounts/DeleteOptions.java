package dev.patron.plugins.discounts;

import dev.patron.api.http.QueryParams;
import dev.patron.api.problem.Problems;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.UUID;

/**
 * What to do with the customers whose default is a discount being deleted: nothing (refuse while
 * there are any), give them another discount ({@code ?reassignTo=<id>}) or remove their default
 * ({@code ?clearDefaults=true}).
 */
public record DeleteOptions(UUID reassignTo, boolean clearDefaults) {

  static final Set<String> PARAMETERS = Set.of("reassignTo", "clearDefaults");

  public static DeleteOptions from(RoutingContext rc) {
    QueryParams.only(rc, PARAMETERS);
    UUID reassignTo = QueryParams.uuid(rc, "reassignTo");
    boolean clear = QueryParams.flag(rc, "clearDefaults");
    if (reassignTo != null && clear) {
      throw Problems.invalidField("clearDefaults", "cannot be combined with reassignTo: choose one");
    }
    return new DeleteOptions(reassignTo, clear);
  }

  /** Whether customers using the discount may be changed at all. */
  public boolean changesCustomers() {
    return reassignTo != null || clearDefaults;
  }
}
