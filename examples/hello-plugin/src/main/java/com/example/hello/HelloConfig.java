package com.example.hello;

import dev.patron.kit.json.JsonInput;
import dev.patron.api.plugin.TenantConfigValidator;
import io.vertx.core.json.JsonObject;
import org.pf4j.Extension;

/** {@code {"salutation": "Servus"}}; defaults to "Hello". */
@Extension
public class HelloConfig implements TenantConfigValidator {

  @Override
  public JsonObject validate(JsonObject config) {
    JsonInput in = JsonInput.of(config);
    String salutation = in.string("salutation", 30);
    in.rejectUnknownFields();
    in.throwIfInvalid();
    return new JsonObject().put("salutation", salutation == null ? "Hello" : salutation);
  }
}
