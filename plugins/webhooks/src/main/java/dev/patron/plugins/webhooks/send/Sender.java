package dev.patron.plugins.webhooks.send;

import dev.patron.api.plugin.SecretBox;
import dev.patron.kit.sql.GroupCommit;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the delivery queue on one event loop, endpoint by endpoint. It keeps the set of endpoints
 * that have work: those a delivery just queued for (the listener names them after its commit),
 * those whose attempt just ended (the subject's next delivery may now go), and those the poll finds
 * (retries that fall due, other instances' rows, leases a dead instance left). For each it claims
 * what its lane has room for, sends through the lane (at most the endpoint's cap at a time) and
 * records the outcomes, group-committed. An endpoint whose claim comes back short has nothing more
 * due and leaves the set.
 *
 * <p>Nothing here waits on a receiver: a slow endpoint fills only its own lane, never the loop or
 * another endpoint's turn.
 */
public final class Sender {

  private static final Logger log = LoggerFactory.getLogger(Sender.class);
  private static final long PRUNE_EVERY_MS = 3_600_000;
  /** Claims in flight at once, over all endpoints. */
  private static final int PARALLEL_CLAIMS = 4;

  private final Vertx vertx;
  private final WebhookSettings settings;
  private final SecretBox secrets;
  private final Claims claims;
  private final Settlements recorder;
  private final Set<EndpointKey> due = new LinkedHashSet<>();
  private final Set<EndpointKey> claiming = new HashSet<>();
  private Context context;
  private WebClient client;
  private WorkerExecutor resolvers;
  private WebhookCall call;
  private EndpointLanes lanes;
  private GroupCommit<Settlements.Settlement, Void> settlements;
  private long pollTimer = -1;
  private long pruneTimer = -1;
  private boolean polling;
  private int inFlight;
  private boolean stopping;
  private Promise<Void> drained;

  public Sender(Vertx vertx, Pool pool, WebhookSettings settings, SecretBox secrets) {
    this.vertx = vertx;
    this.settings = settings;
    this.secrets = secrets;
    this.claims = new Claims(pool, settings);
    this.recorder = new Settlements(pool, settings);
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
    lanes = new EndpointLanes(settings.endpointConcurrency(), settings.endpointConcurrency() * Claims.PREFETCH,
        this::send);
    // Attempts that end together are recorded together: one commit for many.
    settlements = new GroupCommit<>(vertx, recorder::settleAll, one -> recorder.settleAll(List.of(one)).mapEmpty());
    pollTimer = vertx.setPeriodic(settings.pollInterval().toMillis(), id -> poll());
    pruneTimer = vertx.setPeriodic(PRUNE_EVERY_MS, id -> claims.prune()
        .onSuccess(n -> { if (n > 0) log.info("Pruned {} finished webhook deliveries past retention", n); }));
    poll();
    return Future.succeededFuture();
  }

  /** These endpoints may have work now; callable from any thread. */
  public void wake(Collection<EndpointKey> endpoints) {
    if (context != null) {
      List<EndpointKey> copy = List.copyOf(endpoints);
      context.runOnContext(v -> {
        due.addAll(copy);
        pump();
      });
    }
  }

  private void poll() {
    if (stopping || polling) {
      return;
    }
    polling = true;
    claims.analyzeIfStale()
        .recover(error -> {
          log.warn("Could not refresh the webhook queue's statistics: {}", error.toString());
          return Future.succeededFuture(false);
        })
        .compose(v -> claims.dueEndpoints()).onComplete(found -> {
      polling = false;
      if (found.succeeded()) {
        due.addAll(found.result());
        pump();
      } else {
        log.warn("Could not look for due webhook deliveries (will try again): {}", found.cause().toString());
      }
    });
  }

  private void pump() {
    if (stopping) {
      return;
    }
    for (EndpointKey endpoint : new ArrayList<>(due)) {
      if (claiming.size() >= PARALLEL_CLAIMS) {
        return;
      }
      int room = Math.min(lanes.room(endpoint), settings.maxInFlight() - inFlight);
      if (room <= 0 || claiming.contains(endpoint)) {
        continue;
      }
      claiming.add(endpoint);
      claims.claim(endpoint, room).onComplete(result -> {
        claiming.remove(endpoint);
        if (result.failed()) {
          log.warn("Could not claim webhook deliveries (will try again): {}", result.cause().toString());
          return;
        }
        List<Claim> claimed = result.result();
        if (claimed.size() < room) {
          due.remove(endpoint);
        }
        inFlight += claimed.size();
        claimed.forEach(lanes::add);
        pump();
      });
    }
  }

  private void send(Claim claim) {
    Future<Outcome> outcome;
    try {
      outcome = call.send(claim, signingSecrets(claim));
    } catch (RuntimeException e) {
      outcome = Future.succeededFuture(Outcome.failed("cannot sign: " + e.getMessage(), 0));
    }
    outcome.onComplete(sent -> lanes.done(claim))
        .compose(result -> settlements.submit("settle", new Settlements.Settlement(claim, result)))
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
            // The subject's next delivery may go now, and the lane has room again.
            due.add(new EndpointKey(claim.tenantId(), claim.endpointId()));
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
