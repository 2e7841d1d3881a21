package dev.patron.plugins.webhooks.send;

import dev.patron.plugins.webhooks.WebhookSettings;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The SSRF guard: resolves an endpoint's host and refuses it unless every address it resolves to
 * is of a class the host allows. The caller then connects to the checked address itself, so a DNS
 * answer that changes between check and connect (rebinding) cannot redirect the request. Redirects
 * are never followed.
 *
 * <p>Resolution blocks (the JVM's resolver, which also reads {@code /etc/hosts}), so it runs on a
 * small worker pool of its own: a slow DNS server delays deliveries, never an event loop.
 */
public final class AddressGuard {

  /** Why an address may not be called. */
  public static final class Refused extends Exception {
    public Refused(String message) {
      super(message, null, false, false);
    }
  }

  private final WebhookSettings settings;
  private final WorkerExecutor resolvers;

  public AddressGuard(WebhookSettings settings, WorkerExecutor resolvers) {
    this.settings = settings;
    this.resolvers = resolvers;
  }

  /** The address to connect to for {@code host}, or a failed future with {@link Refused}. */
  public Future<InetAddress> check(String host) {
    return resolvers.executeBlocking(() -> {
      try {
        return allowedAddress(host, lookUp(host));
      } catch (UnknownHostException e) {
        throw new Refused("the host " + host + " does not resolve");
      }
    }, false);
  }

  /**
   * Refuses {@code host} when it resolves to an address of a refused class; a name that does not
   * resolve (yet, or here) passes, to be checked again on every attempt.
   */
  public Future<Void> checkIfResolvable(String host) {
    return resolvers.executeBlocking(() -> {
      try {
        allowedAddress(host, lookUp(host));
      } catch (UnknownHostException e) {
        // checked again on every attempt
      }
      return null;
    }, false);
  }

  private static List<InetAddress> lookUp(String host) throws UnknownHostException {
    return List.of(InetAddress.getAllByName(host));
  }

  InetAddress allowedAddress(String host, List<InetAddress> addresses) throws Refused {
    for (InetAddress address : addresses) {
      AddressClass kind = AddressClass.of(address);
      if (!allows(kind)) {
        throw new Refused(host + " resolves to " + address.getHostAddress() + ", " + kind.description()
            + ", which webhooks may not call" + hint(kind));
      }
    }
    return addresses.get(0);
  }

  public boolean allows(AddressClass kind) {
    return switch (kind) {
      case PUBLIC -> true;
      case LOOPBACK -> settings.allowLoopback();
      case PRIVATE -> settings.allowPrivate();
      case LINK_LOCAL, METADATA, RESERVED -> false;
    };
  }

  private static String hint(AddressClass kind) {
    return switch (kind) {
      case LOOPBACK -> " (the host may allow it for tests with PATRON_PLUGIN_WEBHOOKS_ALLOW_LOOPBACK)";
      case PRIVATE -> " (the host may allow it with PATRON_PLUGIN_WEBHOOKS_ALLOW_PRIVATE)";
      default -> "";
    };
  }
}
