package dev.patron.plugins.support;

import dev.patron.kit.json.JsonInput;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A resource as stored: the client's fields in an envelope the template keeps (id, version,
 * timestamps). A plugin's record {@code (UUID id, F fields, long version, Instant createdAt, Instant
 * updatedAt)} implements it and gets its code, active flag and JSON from here.
 *
 * @param <F> the client's fields
 */
public interface StoredResource<F extends ResourceFields> extends DefaultableResource {

  F fields();

  Instant createdAt();

  Instant updatedAt();

  @Override
  default String code() {
    return fields().code();
  }

  @Override
  default boolean active() {
    return fields().active();
  }

  /** The resource as clients read it: {@code id}, the fields (unset optional ones {@code null}), the envelope. */
  default JsonObject toJson() {
    JsonObject json = new JsonObject().put("id", id().toString());
    fields().optionalFields().forEach(json::putNull);
    return json.mergeIn(fields().toJson())
        .put("version", version())
        .put("createdAt", createdAt().toString())
        .put("updatedAt", updatedAt().toString());
  }

  /** An input for a fields reader that refuses the envelope's fields: the server writes those. */
  static JsonInput fieldsInput(JsonObject json) {
    JsonInput in = JsonInput.of(json);
    in.rejectReadOnly("id", "version", "createdAt", "updatedAt");
    return in;
  }
}
