package dev.patron.plugins.sales.http;

import dev.patron.api.tenant.Tenant;
import dev.patron.kit.sql.Rows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Time as the plugin needs it: instants at the precision PostgreSQL stores (so an answer equals
 * what is read back), and the restaurant's date, on which the statistics' windows end.
 */
public final class SalesClock {

  private final Clock clock;

  public SalesClock(Clock clock) {
    this.clock = clock;
  }

  public static SalesClock system() {
    return new SalesClock(Clock.systemUTC());
  }

  public Instant now() {
    return Rows.now(clock);
  }

  public LocalDate today(Tenant tenant) {
    return LocalDate.now(clock.withZone(tenant.zone()));
  }
}
