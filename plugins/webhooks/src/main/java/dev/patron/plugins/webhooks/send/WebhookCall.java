package dev.patron.plugins.webhooks.send;

import dev.patron.plugins.webhooks.WebhookSettings;
import dev.patron.plugins.webhooks.endpoint.EndpointUrl;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.codec.BodyCodec;
import java.net.ConnectException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * One attempt of one delivery: the SSRF guard picks the address, then a signed POST to exactly that
 * address (the URL's host goes in the {@code Host} header and TLS's server name), no redirects,
 * bounded by the connect timeout, the response deadline and the response size cap. Never fails:
 * every way it can go is an {@link Outcome}.
 */
final class WebhookCall {

  static final String USER_AGENT = "Patron-Webhooks/1";

  private final Vertx vertx;
  private final WebClient client;
  private final AddressGuard guard;
  private final WebhookSettings settings;

  WebhookCall(Vertx vertx, WebClient client, AddressGuard guard, WebhookSettings settings) {
    this.vertx = vertx;
    this.client = client;
    this.guard = guard;
    this.settings = settings;
  }

  Future<Outcome> send(Claim claim, List<String> secrets) {
    long started = System.nanoTime();
    EndpointUrl url = EndpointUrl.stored(claim.url());
    return guard.check(url.host())
        .compose(address -> post(url, address, claim, secrets, started))
        .recover(error -> Future.succeededFuture(Outcome.failed(describe(error), elapsedMs(started))));
  }

  private Future<Outcome> post(EndpointUrl url, InetAddress address, Claim claim, List<String> secrets, long started) {
    String webhookId = claim.deliveryId().toString();
    long timestamp = System.currentTimeMillis() / 1000;
    ResponseExcerpt excerpt = new ResponseExcerpt(settings.excerptBytes(), settings.maxResponseBytes());
    RequestOptions options = new RequestOptions()
        .setHost(url.host())
        .setPort(url.port())
        .setURI(url.pathAndQuery())
        .setSsl(url.https());
    Promise<Outcome> outcome = Promise.promise();
    // The idle timeout ends a silent receiver; this deadline ends a trickling one.
    long deadline = vertx.setTimer(settings.responseTimeout().toMillis() + settings.connectTimeout().toMillis(),
        id -> outcome.tryComplete(Outcome.failed("no complete answer within "
            + settings.responseTimeout().toMillis() + " ms", elapsedMs(started))));
    client.request(HttpMethod.POST, SocketAddress.inetSocketAddress(url.port(), address.getHostAddress()), options)
        .followRedirects(false)
        .connectTimeout(settings.connectTimeout().toMillis())
        .idleTimeout(settings.responseTimeout().toMillis())
        .putHeader("content-type", "application/json")
        .putHeader("user-agent", USER_AGENT)
        .putHeader("webhook-id", webhookId)
        .putHeader("webhook-timestamp", Long.toString(timestamp))
        .putHeader("webhook-signature", Signer.signatures(webhookId, timestamp, claim.body(), secrets))
        .as(BodyCodec.pipe(excerpt, false))
        .sendBuffer(Buffer.buffer(claim.body()))
        .onComplete(done -> {
          vertx.cancelTimer(deadline);
          if (done.succeeded()) {
            outcome.tryComplete(Outcome.ofStatus(done.result().statusCode(), elapsedMs(started), excerpt.text()));
          } else {
            outcome.tryComplete(Outcome.failed(describe(done.cause()), elapsedMs(started)));
          }
        });
    return outcome.future();
  }

  static String describe(Throwable error) {
    if (error instanceof AddressGuard.Refused refused) {
      return refused.getMessage();
    }
    if (error instanceof ResponseExcerpt.TooLarge || hasCause(error, ResponseExcerpt.TooLarge.class)) {
      return error.getMessage();
    }
    if (error instanceof TimeoutException || hasCause(error, TimeoutException.class)) {
      return "timed out: " + error.getMessage();
    }
    if (error instanceof ConnectException || hasCause(error, ConnectException.class)) {
      return "could not connect: " + error.getMessage();
    }
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static long elapsedMs(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
