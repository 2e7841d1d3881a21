package dev.patron.plugins.orderprofiles;

import dev.patron.plugins.support.DefaultableResource;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** An order profile as stored: what the register applies to an order (mode, service charge ...). */
public record Profile(UUID id, ProfileDraft fields, long version, Instant createdAt, Instant updatedAt)
    implements DefaultableResource {

  @Override
  public boolean active() {
    return fields.active();
  }

  @Override
  public String code() {
    return fields.code();
  }

  /** The same profile with new fields, one version later. */
  public Profile changed(ProfileDraft newFields, Instant at) {
    return new Profile(id, newFields, version + 1, createdAt, at);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("id", id.toString()).putNull("serviceChargePercent");
    return json.mergeIn(fields.toJson())
        .put("version", version)
        .put("createdAt", createdAt.toString())
        .put("updatedAt", updatedAt.toString());
  }
}
