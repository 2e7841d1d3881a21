package dev.patron.plugins.webhooks;

import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.kit.hooks.CustomerHookWithoutFields;
import dev.patron.plugins.webhooks.delivery.DeliveryLog;
import io.vertx.core.Future;
import org.pf4j.Extension;

/**
 * No fields on the customer; archiving a customer erases their data from every stored webhook
 * payload about them (pending ones then go out with {@code data: null}, as the event feed shows
 * them). The delivery log keeps that the deliveries happened.
 */
@Extension
public class WebhookHooks extends CustomerHookWithoutFields {

  static final String NAMESPACE = "webhooks";

  private final DeliveryLog log = new DeliveryLog();

  public WebhookHooks() {
    super(NAMESPACE, "webhooks keep no fields on the customer");
  }

  @Override
  public Future<Void> beforeArchive(CustomerArchival archival) {
    return log.eraseSubject(archival.sql(), archival.tenant().id(), archival.customer().id()).mapEmpty();
  }

  @Override
  public Future<ArchivePreview> previewArchive(CustomerArchival archival) {
    return log.countWithData(archival.sql(), archival.tenant().id(), archival.customer().id())
        .map(count -> count == 0 ? ArchivePreview.nothing() : ArchivePreview.nothing().deleting("webhook-payload", count,
            "Erases the customer's data from " + count + (count == 1 ? " stored webhook payload" : " stored webhook payloads")
                + "; the delivery log keeps that they were sent."));
  }
}
