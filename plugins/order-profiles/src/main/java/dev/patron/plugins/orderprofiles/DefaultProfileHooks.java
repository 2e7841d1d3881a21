package dev.patron.plugins.orderprofiles;

import dev.patron.plugins.support.CustomerDefaultHooks;
import org.pf4j.Extension;

/**
 * Validates a customer's default profile when it is written and keeps the mirror table in step,
 * inside the customer write's transaction; forgets the customer when it is archived.
 */
@Extension
public class DefaultProfileHooks extends CustomerDefaultHooks<Profile> {

  public DefaultProfileHooks() {
    super(ProfileKind.DEFAULTS);
  }
}
