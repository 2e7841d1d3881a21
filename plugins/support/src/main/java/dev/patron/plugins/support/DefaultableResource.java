package dev.patron.plugins.support;

import dev.patron.kit.http.Versions;
import java.util.UUID;

/** A plugin's resource that a customer can choose as their default, as the shared code sees it. */
public interface DefaultableResource {

  UUID id();

  /** The resource's code, unique per restaurant, as messages name it. */
  String code();

  /** 1 on create, one more per change. */
  long version();

  /** Only an active resource can become a customer's default. */
  boolean active();

  /** The {@code ETag} of this version. */
  default String etag() {
    return Versions.etag(version());
  }
}
