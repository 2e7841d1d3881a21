package dev.patron.api.event;

import io.vertx.core.json.JsonObject;
import java.util.Objects;

/**
 * Who made a change: a signed-in staff user, an API key, the host's admin, or a plugin acting on
 * its own (in an event delivery, a background job). Every event carries the actor of the write it
 * records.
 *
 * @param kind what acted
 * @param id the staff user's or API key's id (a UUID), the plugin's id; {@code null} for the admin
 * @since 2.2.0
 */
public record Actor(Kind kind, String id) {

  /** The kinds of actors, with their names on the wire. */
  public enum Kind {
    STAFF("staff"), API_KEY("api-key"), ADMIN("admin"), PLUGIN("plugin");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    static Kind ofWireName(String name) {
      for (Kind kind : values()) {
        if (kind.wireName.equals(name)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown actor kind " + name);
    }
  }

  /** The host's admin. */
  public static final Actor ADMIN = new Actor(Kind.ADMIN, null);

  public Actor {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.ADMIN) != (id == null)) {
      throw new IllegalArgumentException(kind == Kind.ADMIN ? "the admin has no id" : kind.wireName + " needs an id");
    }
  }

  public static Actor staff(String staffUserId) {
    return new Actor(Kind.STAFF, staffUserId);
  }

  public static Actor apiKey(String keyId) {
    return new Actor(Kind.API_KEY, keyId);
  }

  public static Actor plugin(String pluginId) {
    return new Actor(Kind.PLUGIN, pluginId);
  }

  /** One string, as stored: {@code staff:<id>}, {@code api-key:<id>}, {@code plugin:<id>}, {@code admin}. */
  public String encode() {
    return id == null ? kind.wireName : kind.wireName + ":" + id;
  }

  /**
   * The actor as the API shows it (the event feed, webhook payloads): {@code {"type": "staff",
   * "id": "..."}}, no {@code id} for the admin.
   *
   * @since 2.4.0
   */
  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("type", kind.wireName);
    return id == null ? json : json.put("id", id);
  }

  /** Reads {@link #encode()}'s form; {@code null} for {@code null} (events recorded before actors were). */
  public static Actor decode(String encoded) {
    if (encoded == null) {
      return null;
    }
    int colon = encoded.indexOf(':');
    return colon < 0 ? new Actor(Kind.ofWireName(encoded), null)
        : new Actor(Kind.ofWireName(encoded.substring(0, colon)), encoded.substring(colon + 1));
  }
}
