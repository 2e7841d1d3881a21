package dev.patron.plugins.discounts;

import dev.patron.kit.json.MoneyInput;
import dev.patron.kit.json.JsonInput;
import dev.patron.api.money.Money;
import dev.patron.plugins.support.Codes;
import dev.patron.plugins.support.StoredResource;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Reads and checks a discount's writable fields, reporting every invalid one at once. Used for
 * create and, after the merge patch is applied to the stored fields, for update.
 */
public final class DiscountReader {

  static final int NAME_MAX = 100;
  /** Upper bound of any amount, in minor units: far above a restaurant bill, far below overflow. */
  static final long AMOUNT_MAX = 1_000_000_000_000L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DiscountReader() {
  }

  /** The terms in {@code json}, money in {@code currency}; a 400 naming every invalid field otherwise. */
  public static DiscountTerms read(JsonObject json, String currency) {
    JsonInput in = StoredResource.fieldsInput(json);
    String name = in.requiredString("name", NAME_MAX);
    String code = Codes.read(in);
    BigDecimal percentage = in.decimal("percentage", BigDecimal.ZERO, HUNDRED, 2);
    Money fixedAmount = MoneyInput.read(in, "fixedAmount", currency, 1, AMOUNT_MAX);
    Instant validFrom = micros(in.instant("validFrom"));
    Instant validUntil = micros(in.instant("validUntil"));
    Boolean active = in.bool("active");
    in.rejectUnknownFields();
    boolean byPercentage = json.getValue("percentage") != null;
    boolean byAmount = json.getValue("fixedAmount") != null;
    if (byPercentage && byAmount) {
      in.error("fixedAmount", "cannot be combined with percentage: a discount is one or the other");
    } else if (!byPercentage && !byAmount) {
      in.error("percentage", "is required unless fixedAmount is given");
    }
    if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
      in.error("validUntil", "must be after validFrom");
    }
    in.throwIfInvalid();
    return new DiscountTerms(name, code, percentage, fixedAmount, validFrom, validUntil, active == null || active);
  }

  /** PostgreSQL keeps microseconds: what is returned is what is stored. */
  private static Instant micros(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }
}
