package dev.patron.core.tenant;

import io.vertx.core.json.JsonObject;

/** A newly issued key: the only moment its secret exists outside the client. */
public record IssuedApiKey(ApiKey key, String secret) {

  public JsonObject toJson() {
    return key.toJson().put("key", secret);
  }
}
