package dev.patron.plugins.giftcards;

import dev.patron.kit.sql.Rows;
import dev.patron.api.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Time as the plugin needs it: instants at the precision PostgreSQL stores, and dates in the
 * restaurant's own time zone (a card expiring on the 31st works until midnight there).
 */
final class RestaurantClock {

  private final Clock clock;

  RestaurantClock(Clock clock) {
    this.clock = clock;
  }

  static RestaurantClock system() {
    return new RestaurantClock(Clock.systemUTC());
  }

  Instant now() {
    return Rows.now(clock);
  }

  LocalDate today(Tenant tenant) {
    return LocalDate.now(clock.withZone(tenant.zone()));
  }
}
