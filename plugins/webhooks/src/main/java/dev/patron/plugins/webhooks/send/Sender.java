package dev.patron.plugins.webhooks.send;

import dev.patron.api.plugin.SecretBox;
import dev.patron.plugins.webhooks.WebhookSettings;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the delivery queue on one event loop: claims what is due (up to the free in-flight
 * slots), sends each on its own, settles it, and claims again as slots free up. Woken when a
 * delivery commits new rows on this instance, after each attempt, and by a timer (retries that
 * fall due, rows queued on other instances, leases left by a dead one).
 *
 * <p>Nothing here waits on a receiver: a slow endpoint holds only its own slots (its concurrency
 * cap), never the loop or another endpoint's turn.
 */
public final class Sender {

  private static final Logger log = LoggerFactory.getLogger(Sender.class);
  private static final long PRUNE_EVERY_MS = 3_600_000;

  private final Vertx vertx;
  private final WebhookSettings settings;
  private final SecretBox secrets;
  private final Claims claims;
  private Context context;
  private WebClient client;
  private WorkerExecutor resolvers;
  private WebhookCall call;
  private long pollTimer = -1;
  private long pruneTimer = -1;
  private int inFlight;
  private boolean claiming;
  private boolean wokenWhileClaiming;
  private boolean stopping;
  private Promise<Void> drained;

  public Sender(Vertx vertx, Pool pool, WebhookSettings settings, SecretBox secrets) {
    this.vertx = vertx;
    this.settings = settings;
    this.secrets = secrets;
    this.claims = new Claims(pool, settings);
  }

  /** Starts on the calling event loop's context. */
  public Future<Void> start() {
    context = vertx.getOrCreateContext();
    client = WebClient.create(vertx, new WebClientOptions()
        .setUserAgent(WebhookCall.USER_AGENT)
        .setFollowRedirects(false)
        .setConnectTimeout((int) settings.connectTimeout().toMillis())
        .setKeepAlive(true)
        .setVerifyHost(true), new PoolOptions().setHttp1MaxSize(settings.endpointConcurrency()));
    resolvers = vertx.createSharedWorkerExecutor("patron-webhooks-dns", 4);
    call = new WebhookCall(vertx, client, new AddressGuard(settings, resolvers), settings);
    pollTimer = vertx.setPeriodic(settings.pollInterval().toMillis(), id -> pump());
    pruneTimer = vertx.setPeriodic(PRUNE_EVERY_MS, id -> claims.prune()
        .onSuccess(n -> { if (n > 0) log.info("Pruned {} finished webhook deliveries past retention", n); }));
    pump();
    return Future.succeededFuture();
  }

  /** Asks for a claim soon; callable from any thread. */
  public void wake() {
    if (context != null) {
      context.runOnContext(v -> pump());
    }
  }

  private void pump() {
    if (stopping) {
      return;
    }
    if (claiming) {
      wokenWhileClaiming = true;
      return;
    }
    int free = settings.maxInFlight() - inFlight;
    if (free <= 0) {
      return;
    }
    claiming = true;
    wokenWhileClaiming = false;
    int batch = Math.min(free, 100);
    claims.claim(batch).onComplete(result -> {
      claiming = false;
      if (result.failed()) {
        log.warn("Could not claim webhook deliveries (will try again): {}", result.cause().toString());
        return;
      }
      List<Claim> claimed = result.result();
      claimed.forEach(this::attempt);
      if (wokenWhileClaiming || claimed.size() == batch) {
        pump();
      }
    });
  }

  private void attempt(Claim claim) {
    inFlight++;
    Future<Outcome> outcome;
    try {
      outcome = call.send(claim, signingSecrets(claim));
    } catch (RuntimeException e) {
      outcome = Future.succeededFuture(Outcome.failed("cannot sign: " + e.getMessage(), 0));
    }
    outcome.compose(result -> claims.settle(claim, result))
        .onComplete(done -> {
          inFlight--;
          if (done.failed()) {
            // The lease runs out and the delivery is attempted again: at least once.
            log.warn("Could not record webhook attempt {} of delivery {}: {}", claim.attempt(), claim.deliveryId(),
                done.cause().toString());
          }
          if (stopping) {
            if (inFlight == 0 && drained != null) {
              drained.tryComplete();
            }
          } else {
            pump();
          }
        });
  }

  private List<String> signingSecrets(Claim claim) {
    List<String> opened = new ArrayList<>(2);
    opened.add(secrets.open(claim.sealedSecret()));
    if (claim.sealedPreviousSecret() != null) {
      opened.add(secrets.open(claim.sealedPreviousSecret()));
    }
    return opened;
  }

  /** Stops claiming and waits for the attempts in flight to settle (the host bounds the wait). */
  public Future<Void> stop() {
    if (context == null) {
      return Future.succeededFuture();
    }
    Promise<Void> stopped = Promise.promise();
    context.runOnContext(v -> {
      stopping = true;
      vertx.cancelTimer(pollTimer);
      vertx.cancelTimer(pruneTimer);
      drained = Promise.promise();
      if (inFlight == 0) {
        drained.tryComplete();
      }
      drained.future()
          .eventually(() -> {
            client.close();
            return resolvers.close();
          })
          .onComplete(done -> stopped.tryComplete());
    });
    return stopped.future();
  }
}
