package dev.patron.plugins.webhooks;

import dev.patron.api.plugin.PluginContext;
import dev.patron.api.plugin.PluginLifecycle;
import dev.patron.plugins.webhooks.send.Sender;
import io.vertx.core.Future;
import org.pf4j.Extension;

/**
 * Starts the sender with the plugin and stops it with it, letting attempts in flight settle. Bad
 * host settings keep the plugin from starting, with the reason.
 */
@Extension
public class WebhookLifecycle implements PluginLifecycle {

  private Sender sender;

  @Override
  public Future<Void> start(PluginContext context) {
    WebhookSettings settings;
    try {
      settings = WebhookSettings.from(context.settings());
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(e);
    }
    sender = new Sender(context.vertx(), context.pool(), settings, context.secrets());
    return sender.start().onSuccess(v -> RunningSender.set(sender));
  }

  @Override
  public Future<Void> stop() {
    RunningSender.set(null);
    return sender == null ? Future.succeededFuture() : sender.stop();
  }
}
