package dev.patron.plugins.giftcards;

import dev.patron.api.plugin.ArchivePreview;
import dev.patron.api.plugin.CustomerArchival;
import dev.patron.kit.hooks.CustomerHookWithoutFields;
import io.vertx.core.Future;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * Keeps customers and cards apart where they must be: the plugin has no fields on the customer,
 * and archiving a customer unlinks them from every card. The cards, their balances and ledgers
 * stay (the money is still owed, and the card keeps working for whoever holds it).
 */
@Extension
public class GiftCardHooks extends CustomerHookWithoutFields {

  static final String NAMESPACE = "gift-cards";

  private final CardRepository cards = new CardRepository();
  private final RestaurantClock clock = RestaurantClock.system();

  public GiftCardHooks() {
    super(NAMESPACE, "gift cards keep no fields on the customer;"
        + " link a card with PUT /api/v1/plugins/gift-cards/cards/{cardId}/customers/{customerId}");
  }

  /** Runs also when the restaurant has disabled the plugin since, so no link outlives the customer. */
  @Override
  public Future<Void> beforeArchive(CustomerArchival archival) {
    UUID tenantId = archival.tenant().id();
    UUID customerId = archival.customer().id();
    return cards.lockCustomer(archival.sql(), tenantId, customerId)
        .compose(v -> cards.unlinkEverywhere(archival.sql(), tenantId, customerId, clock.now()))
        .mapEmpty();
  }

  /** Counts the links {@link #beforeArchive} removes. */
  @Override
  public Future<ArchivePreview> previewArchive(CustomerArchival archival) {
    return cards.customerCards(archival.sql(), archival.tenant().id(), archival.customer().id(),
            clock.today(archival.tenant()))
        .map(customerCards -> ArchivePreview.nothing().deleting("gift-card-link", customerCards.linked(),
            "Unlinks the customer from " + customerCards.linked() + (customerCards.linked() == 1 ? " gift card" : " gift cards")
                + "; the cards keep their balances and history, and keep working for whoever holds them."));
  }
}
