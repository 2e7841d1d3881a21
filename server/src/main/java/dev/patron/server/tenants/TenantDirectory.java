package dev.patron.server.tenants;

import dev.patron.core.tenant.ApiKeyRepository;
import dev.patron.core.tenant.ApiKeyRepository.KeyOwner;
import dev.patron.core.tenant.ApiKeySecrets;
import dev.patron.core.tenant.TenantContext;
import dev.patron.core.tenant.TenantContextRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Who an API key belongs to and what its tenant looks like, cached so a request costs no extra
 * query. Shared by all event loops (thread-safe). A key maps to its tenant even while the tenant
 * is disabled; the tenant's context is what a disabled tenant lacks.
 *
 * <p>Entries live {@link #TTL_NANOS} at most; revoking a key, disabling a tenant or changing its
 * plugins drops them at once on every instance, through {@code TenantChanges} notifications.
 */
public final class TenantDirectory {

  static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(30);
  /** Unknown keys are remembered briefly, so guessing does not turn into database load. */
  static final long UNKNOWN_KEY_TTL_NANOS = TimeUnit.SECONDS.toNanos(5);
  static final int MAX_KEYS = 50_000;

  /** A caller resolved from its key. */
  public record Caller(UUID keyId, TenantContext context) {
  }

  private record CachedKey(KeyOwner owner, long expiresAt) {
  }

  private record CachedContext(TenantContext context, long expiresAt) {
  }

  private final ApiKeyRepository keys = new ApiKeyRepository();
  private final TenantContextRepository contexts;
  private final Predicate<String> pluginRunning;
  private final Map<String, CachedKey> keyCache = new ConcurrentHashMap<>();
  private final Map<UUID, CachedContext> contextCache = new ConcurrentHashMap<>();

  /**
   * @param pluginRunning whether a plugin runs on this server: a tenant's setting for a plugin that
   *     does not (removed, failed to start) counts as disabled
   */
  public TenantDirectory(TenantContextRepository contexts, Predicate<String> pluginRunning) {
    this.contexts = contexts;
    this.pluginRunning = pluginRunning;
  }

  /** The caller a key belongs to, or {@code null} when the key is unknown, revoked or its tenant disabled. */
  public Future<Caller> resolve(String presentedKey, SqlClient sql) {
    byte[] digest = ApiKeySecrets.hash(presentedKey);
    String hash = HexFormat.of().formatHex(digest);
    long now = System.nanoTime();
    CachedKey cached = keyCache.get(hash);
    Future<KeyOwner> owner;
    if (cached != null && cached.expiresAt - now > 0) {
      owner = Future.succeededFuture(cached.owner);
    } else {
      owner = keys.findActive(sql, digest).onSuccess(found -> {
        if (keyCache.size() >= MAX_KEYS) {
          keyCache.clear();
        }
        keyCache.put(hash, new CachedKey(found, now + (found == null ? UNKNOWN_KEY_TTL_NANOS : TTL_NANOS)));
      });
    }
    return owner.compose(found -> found == null
        ? Future.succeededFuture(null)
        : context(found.tenantId(), sql).map(context -> context == null ? null : new Caller(found.keyId(), context)));
  }

  /** The tenant's context, or {@code null} when it does not exist or is disabled. */
  public Future<TenantContext> context(UUID tenantId, SqlClient sql) {
    long now = System.nanoTime();
    CachedContext cached = contextCache.get(tenantId);
    if (cached != null && cached.expiresAt - now > 0) {
      return Future.succeededFuture(cached.context);
    }
    return contexts.load(sql, tenantId).map(this::withRunningPlugins).onSuccess(context -> {
      if (context != null) {
        contextCache.put(tenantId, new CachedContext(context, now + TTL_NANOS));
      } else {
        contextCache.remove(tenantId);
      }
    });
  }

  private TenantContext withRunningPlugins(TenantContext context) {
    if (context == null) {
      return null;
    }
    Map<String, JsonObject> running = new HashMap<>();
    context.enabledPlugins().forEach((pluginId, config) -> {
      if (pluginRunning.test(pluginId)) {
        running.put(pluginId, config);
      }
    });
    return context.withEnabledPlugins(running);
  }

  /** Forgets everything about one tenant: its context and every key resolved to it. */
  public void invalidate(UUID tenantId) {
    contextCache.remove(tenantId);
    keyCache.values().removeIf(entry -> entry.owner != null && entry.owner.tenantId().equals(tenantId));
  }

  public void invalidateAll() {
    contextCache.clear();
    keyCache.clear();
  }
}
