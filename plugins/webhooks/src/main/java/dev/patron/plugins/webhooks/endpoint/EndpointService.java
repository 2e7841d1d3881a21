package dev.patron.plugins.webhooks.endpoint;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.SecretBox;
import dev.patron.api.problem.Problems;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import dev.patron.plugins.webhooks.WebhookSettings;
import dev.patron.plugins.webhooks.send.AddressGuard;
import dev.patron.plugins.webhooks.send.EndpointKey;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Registering, changing, rotating and removing endpoints. A URL is checked twice before it is
 * stored: its form, then where its host resolves now (the SSRF guard); the sender checks again
 * on every attempt, since DNS answers change.
 */
public final class EndpointService {

  /** A new endpoint and its signing secret, in the clear this once. */
  public record Registered(Endpoint endpoint, String secret) {
  }

  private final PluginContext context;
  private final WebhookSettings settings;
  private final AddressGuard guard;
  private final SecretBox secrets;
  private final EndpointRepository endpoints = new EndpointRepository();
  private final Consumer<EndpointKey> wakeSender;

  public EndpointService(PluginContext context, WebhookSettings settings, AddressGuard guard,
      Consumer<EndpointKey> wakeSender) {
    this.wakeSender = wakeSender;
    this.context = context;
    this.settings = settings;
    this.guard = guard;
    this.secrets = context.secrets();
  }

  /**
   * Checks the URL's host against the SSRF guard; a field error on {@code url} when refused. A name
   * that does not resolve is taken (DNS may not know it yet); every attempt checks again.
   */
  public Future<Void> checkReachable(EndpointUrl url) {
    return guard.checkIfResolvable(url.host())
        .recover(error -> Future.failedFuture(error instanceof AddressGuard.Refused refused
            ? Problems.invalidField("url", refused.getMessage()) : error));
  }

  /** Inserts the endpoint in {@code tx}, within the restaurant's limit. */
  public Future<Registered> register(SqlClient tx, Tenant tenant, EndpointInput input) {
    String secret = SigningSecret.generate();
    return endpoints.lockTenant(tx, tenant.id())
        .compose(v -> endpoints.count(tx, tenant.id()))
        .compose(count -> {
          if (count >= settings.maxEndpointsPerTenant()) {
            return Future.failedFuture(Problems.unprocessable("too-many-endpoints", "A restaurant may register at most "
                + settings.maxEndpointsPerTenant() + " endpoints; delete one it no longer uses."));
          }
          return endpoints.insert(tx, tenant.id(), UUID.randomUUID(), input.url().orElseThrow(),
              input.eventTypes().orElseThrow(), input.description().orElse(null), input.enabled().orElse(true),
              secrets.seal(secret));
        })
        .map(endpoint -> new Registered(endpoint, secret));
  }

  public Future<Endpoint> get(Tenant tenant, UUID id) {
    return endpoints.find(context.client(), tenant.id(), id).compose(EndpointService::found);
  }

  public Future<Page<Endpoint>> list(Tenant tenant, PageRequest page) {
    return endpoints.list(context.client(), tenant.id(), page);
  }

  /** Applies a change at the expected version (the current one when null); enabling releases held deliveries. */
  public Future<Endpoint> change(Tenant tenant, UUID id, EndpointInput input, Long expectedVersion) {
    return context.pool().withTransaction(tx -> endpoints.find(tx, tenant.id(), id)
        .compose(EndpointService::found)
        .compose(current -> {
          if (expectedVersion != null && expectedVersion != current.version()) {
            return Future.failedFuture(stale(current));
          }
          Endpoint changed = new Endpoint(current.tenantId(), current.id(),
              input.url().map(EndpointUrl::text).orElse(current.url()),
              input.descriptionGiven() ? input.description().orElse(null) : current.description(),
              input.eventTypes().orElse(current.eventTypes()), input.enabled().orElse(current.enabled()),
              current.disabledReason(), current.disabledAt(), current.failingSince(),
              current.previousSecretExpiresAt(), current.version(), current.createdAt(), current.updatedAt());
          return endpoints.update(tx, changed, current.version())
              .compose(updated -> updated == null ? Future.failedFuture(stale(current)) : Future.succeededFuture(updated))
              .compose(updated -> {
                if (updated.enabled() && !current.enabled()) {
                  return endpoints.releaseHeld(tx, tenant.id(), id).map(updated)
                      .onSuccess(v -> tx.transaction().completion()
                          .onSuccess(committed -> wakeSender.accept(new EndpointKey(tenant.id(), id))));
                }
                if (!updated.enabled() && current.enabled()) {
                  return endpoints.holdPending(tx, tenant.id(), id).map(updated);
                }
                return Future.succeededFuture(updated);
              });
        }));
  }

  /** A new secret, in the clear this once; the previous one keeps signing for {@code overlap}. */
  public Future<Registered> rotate(Tenant tenant, UUID id, Duration overlap) {
    String secret = SigningSecret.generate();
    return endpoints.rotate(context.client(), tenant.id(), id, secrets.seal(secret), overlap)
        .compose(EndpointService::found)
        .map(endpoint -> new Registered(endpoint, secret));
  }

  public Future<Void> delete(Tenant tenant, UUID id, Long expectedVersion) {
    return endpoints.delete(context.client(), tenant.id(), id, expectedVersion).compose(deleted -> {
      if (deleted) {
        return Future.succeededFuture();
      }
      return get(tenant, id).compose(current -> Future.failedFuture(stale(current)));
    });
  }

  private static Future<Endpoint> found(Endpoint endpoint) {
    return endpoint == null ? Future.failedFuture(Problems.notFound("No such webhook endpoint.")) : Future.succeededFuture(endpoint);
  }

  private static RuntimeException stale(Endpoint current) {
    return Problems.preconditionFailed("The endpoint is at version " + current.version() + " now; read it again and"
        + " apply the change to that.");
  }
}
