package dev.patron.server.http.contract;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * The assembled API document: served as it is at {@code /api/v1/openapi.json}, and enforced by
 * the request pipeline through its {@link ApiContract}.
 */
public record ApiDocument(Buffer served, ApiContract contract) {

  public static ApiDocument of(JsonObject document) {
    return new ApiDocument(document.toBuffer(), ApiContract.of(document));
  }
}
