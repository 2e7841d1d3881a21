package dev.patron.plugins.giftcards;

import dev.patron.api.money.Money;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * What the restaurant owes on its gift cards: every balance not yet spent, per card state.
 * Deactivated cards count until their balance is written off.
 */
record LiabilityReport(String currency, Map<CardState, Line> byState) {

  /** The number of cards in one state and the sum of their balances (minor units). */
  record Line(long cards, long balance) {
  }

  LiabilityReport {
    byState = Map.copyOf(byState);
  }

  long total() {
    return byState.values().stream().mapToLong(Line::balance).sum();
  }

  long cards() {
    return byState.values().stream().mapToLong(Line::cards).sum();
  }

  JsonObject toJson() {
    JsonObject states = new JsonObject();
    for (CardState state : CardState.values()) {
      Line line = byState.get(state);
      states.put(state.name(), new JsonObject().put("cards", line.cards())
          .put("balance", Money.toJson(line.balance(), currency)));
    }
    return new JsonObject()
        .put("total", Money.toJson(total(), currency))
        .put("cards", cards())
        .put("byState", states);
  }
}
