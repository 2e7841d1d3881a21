package dev.patron.api.tenant;

import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

/**
 * A restaurant hosted on this deployment. {@code currency} is an ISO 4217 code, {@code language} a
 * BCP 47 tag and {@code timeZone} an IANA zone id.
 */
public record Tenant(UUID id, String name, String currency, String language, String timeZone) {

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /** Digits after the decimal point of the tenant's currency (2 for EUR, 0 for JPY). */
  public int currencyDigits() {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }
}
