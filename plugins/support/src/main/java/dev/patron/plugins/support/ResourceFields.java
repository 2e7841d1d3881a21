package dev.patron.plugins.support;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The fields of a resource a client writes (a discount's terms, a profile's draft), as the template
 * needs them: the code and active flag every defaultable resource has, and the writable document.
 * A plugin's record implements it; its reader validates it.
 */
public interface ResourceFields {

  /** Unique per restaurant, as messages name it. */
  String code();

  /** Only an active resource can become a customer's default. */
  boolean active();

  /**
   * The writable document: what a merge patch is applied to, and what reads back as these fields.
   * Optional fields without a value are left out.
   */
  JsonObject toJson();

  /** The optional fields {@link #toJson()} leaves out without a value; the resource's JSON shows them as {@code null}. */
  List<String> optionalFields();
}
