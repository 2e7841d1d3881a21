package dev.patron.kit.http;

import dev.patron.kit.page.PageRequest;
import io.vertx.ext.web.RoutingContext;

/** The {@code limit} and {@code cursor} query parameters of a list route. */
public final class PageParams {

  private PageParams() {
  }

  /** Reads the page parameters; 400 when {@code limit} is not 1..500 or the cursor is not ours. */
  public static PageRequest from(RoutingContext rc) {
    return PageRequest.of(rc.queryParams().get("limit"), rc.queryParams().get("cursor"));
  }
}
