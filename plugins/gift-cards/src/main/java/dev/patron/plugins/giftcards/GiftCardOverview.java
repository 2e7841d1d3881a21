package dev.patron.plugins.giftcards;

import dev.patron.api.money.Money;
import dev.patron.api.plugin.CustomerOverviewContributor;
import dev.patron.api.plugin.CustomerOverviewRequest;
import dev.patron.api.tenant.Tenant;
import dev.patron.kit.page.Page;
import dev.patron.kit.page.PageRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * The customer overview's {@code gift-cards} section: the cards linked to the customer with their
 * balances (the first {@value #CARDS_SHOWN}, oldest first, as the card list orders them), how many
 * there are, and what they hold that can be spent today.
 */
@Extension
public class GiftCardOverview implements CustomerOverviewContributor {

  static final int CARDS_SHOWN = 20;

  private final CardRepository cards = new CardRepository();
  private final RestaurantClock clock = RestaurantClock.system();

  @Override
  public Future<JsonObject> overview(CustomerOverviewRequest request) {
    Tenant tenant = request.tenant();
    UUID customerId = request.customer().id();
    LocalDate today = clock.today(tenant);
    Future<Page<Card>> shown = cards.list(request.sql(), tenant.id(),
        new CardListQuery(customerId, null, new PageRequest(CARDS_SHOWN, null)));
    Future<CustomerCards> totals = cards.customerCards(request.sql(), tenant.id(), customerId, today);
    return Future.all(shown, totals).map(done -> {
      JsonArray listed = new JsonArray();
      shown.result().items().forEach(card -> listed.add(GiftCardJson.card(card, today)));
      return new JsonObject()
          .put("cards", listed)
          .put("cardCount", totals.result().linked())
          .put("spendableBalance", Money.toJson(totals.result().spendable(), tenant.currency()));
    });
  }
}
