package dev.patron.server.http.limits;

import dev.patron.api.event.Actor;
import dev.patron.api.problem.Problem;
import dev.patron.core.tenant.RequestLimits;
import dev.patron.core.tenant.TenantContext;
import dev.patron.server.config.PatronConfig.Fairness;
import dev.patron.server.http.auth.TenantAuthHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds each restaurant, and each of its API keys, to its request rate (after authentication, so
 * the caller is known): a request over either limit is a {@code 429} with {@code Retry-After}; every
 * answer carries the {@code RateLimit-Policy} and {@code RateLimit} fields of the IETF draft
 * (draft-ietf-httpapi-ratelimit-headers), for the limit closest to running out; a refusal is sent
 * after a pause ({@link Refusals}). The limits are the
 * host's defaults unless the admin set the restaurant's own ({@link RequestLimits}); 0 turns one
 * off. Counted per instance ({@link RequestRate}).
 */
public final class RateLimitHandler implements Handler<RoutingContext> {

  private static final CharSequence POLICY_HEADER = HttpHeaders.createOptimized("RateLimit-Policy");
  private static final CharSequence RATE_LIMIT_HEADER = HttpHeaders.createOptimized("RateLimit");

  /** The last policy field built: the limits rarely differ from one request to the next. */
  private record Policy(int perTenant, int perKey, boolean tenant, boolean key, String text) {
  }

  private final RequestRate tenantRates = new RequestRate();
  private final RequestRate keyRates = new RequestRate();
  private final Fairness defaults;
  private volatile Policy lastPolicy = new Policy(-1, -1, false, false, "");
  private final Counter tenantLimited;
  private final Counter keyLimited;

  public RateLimitHandler(Fairness defaults, MeterRegistry registry) {
    this.defaults = defaults;
    this.tenantLimited = limitedCounter(registry, "tenant");
    this.keyLimited = limitedCounter(registry, "key");
  }

  static Counter limitedCounter(MeterRegistry registry, String limit) {
    return Counter.builder("patron.rate.limited").description("Requests refused with 429, by the limit they met")
        .tag("limit", limit).register(registry);
  }

  @Override
  public void handle(RoutingContext rc) {
    TenantContext context = TenantAuthHandler.context(rc);
    RequestLimits own = context.limits();
    int perTenant = defaults.tenantLimit(own);
    int perKey = defaults.keyLimit(own);
    String keyId = context.actor() != null && context.actor().kind() == Actor.Kind.API_KEY ? context.actor().id() : null;
    long now = System.nanoTime();

    RequestRate.Decision byKey = keyId == null || perKey == 0 ? null : keyRates.take(keyId, perKey, now);
    RequestRate.Decision byTenant = byKey != null && !byKey.allowed() || perTenant == 0
        ? null : tenantRates.take(context.tenant().id(), perTenant, now);
    MultiMap headers = rc.response().headers();
    String policy = policy(perTenant, perKey, byTenant != null, byKey != null);
    if (!policy.isEmpty()) {
      headers.set(POLICY_HEADER, policy);
    }
    boolean keyCloser = byKey != null && (byTenant == null || !byKey.allowed() || byKey.remaining() < byTenant.remaining());
    RequestRate.Decision closest = keyCloser ? byKey : byTenant;
    if (closest == null) {
      rc.next();
      return;
    }
    headers.set(RATE_LIMIT_HEADER, (keyCloser ? "\"key\";r=" : "\"tenant\";r=") + closest.remaining() + ";t="
        + closest.resetSeconds());
    if (closest.allowed()) {
      rc.next();
      return;
    }
    (keyCloser ? keyLimited : tenantLimited).increment();
    long retryAfter = Math.max(1, closest.retryAfterSeconds());
    Refusals.refuse(rc, Problem.of(429, "rate-limited", "Too many requests",
            (keyCloser ? "This API key" : "The restaurant") + " sent more than "
                + (keyCloser ? perKey : perTenant) + " requests in a minute; try again in " + retryAfter + " s.")
        .with("retryAfter", retryAfter), retryAfter);
  }

  private String policy(int perTenant, int perKey, boolean tenant, boolean key) {
    Policy last = lastPolicy;
    if (last.perTenant() == perTenant && last.perKey() == perKey && last.tenant() == tenant && last.key() == key) {
      return last.text();
    }
    String text = ((tenant ? ", \"tenant\";q=" + perTenant + ";w=60" : "") + (key ? ", \"key\";q=" + perKey + ";w=60" : ""));
    text = text.isEmpty() ? text : text.substring(2);
    lastPolicy = new Policy(perTenant, perKey, tenant, key, text);
    return text;
  }
}
