package dev.patron.plugins.discounts;

import dev.patron.api.money.Money;
import dev.patron.plugins.support.Decimals;
import dev.patron.plugins.support.ResourceFields;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The fields of a discount a client writes, validated by {@link DiscountReader}: exactly one of
 * {@code percentage} and {@code fixedAmount}; {@code validFrom} (inclusive) and {@code validUntil}
 * (exclusive) are optional.
 */
public record DiscountTerms(
    String name,
    String code,
    BigDecimal percentage,
    Money fixedAmount,
    Instant validFrom,
    Instant validUntil,
    boolean active) implements ResourceFields {

  private static final List<String> OPTIONAL = List.of("percentage", "fixedAmount", "validFrom", "validUntil");

  /** Whether the discount may be applied at {@code now}. */
  public Applicability applicability(Instant now) {
    if (!active) {
      return Applicability.INACTIVE;
    }
    if (validFrom != null && now.isBefore(validFrom)) {
      return Applicability.NOT_YET_VALID;
    }
    if (validUntil != null && !now.isBefore(validUntil)) {
      return Applicability.EXPIRED;
    }
    return Applicability.APPLICABLE;
  }

  /** Whether the discount can never apply again after {@code now}. */
  public boolean expiredAt(Instant now) {
    return validUntil != null && !now.isBefore(validUntil);
  }

  /**
   * The discount on {@code subtotal} (minor units): a percentage rounded half-even to the minor
   * unit, or the fixed amount capped at the subtotal, so the total never drops below zero.
   */
  public long amountOff(long subtotal) {
    if (percentage != null) {
      return BigDecimal.valueOf(subtotal).multiply(percentage).movePointLeft(2)
          .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
    return Math.min(fixedAmount.amount(), subtotal);
  }

  /** The writable document a merge patch applies to. */
  @Override
  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("name", name).put("code", code).put("active", active);
    if (percentage != null) {
      json.put("percentage", Decimals.plain(percentage));
    }
    if (fixedAmount != null) {
      json.put("fixedAmount", fixedAmount.toJson());
    }
    if (validFrom != null) {
      json.put("validFrom", validFrom.toString());
    }
    if (validUntil != null) {
      json.put("validUntil", validUntil.toString());
    }
    return json;
  }

  @Override
  public List<String> optionalFields() {
    return OPTIONAL;
  }
}
