package dev.patron.api.plugin;

/**
 * Encrypts the secrets a plugin must be able to read back, where a hash will not do: a webhook
 * signing key, a partner's API password. Sealed text is safe to store in the plugin's tables; a
 * copy of the database alone does not reveal the secret.
 *
 * <p>The host seals with AES-256-GCM under a key of this plugin's own, derived from the host's
 * secret key ({@code PATRON_SECRET_KEY}, else one generated in the data directory), so one plugin
 * cannot open another's secrets. Fast enough for an event loop (microseconds per secret).
 *
 * @since 2.4.0
 */
public interface SecretBox {

  /** The sealed form of {@code secret}: printable ASCII, different on every call. */
  String seal(String secret);

  /**
   * The secret {@code sealed} holds.
   *
   * @throws IllegalArgumentException when {@code sealed} was not sealed by this plugin under the
   *     host's current key (altered, another plugin's, or the host's key has changed)
   */
  String open(String sealed);
}
