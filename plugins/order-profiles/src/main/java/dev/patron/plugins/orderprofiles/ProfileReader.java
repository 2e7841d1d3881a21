package dev.patron.plugins.orderprofiles;

import dev.patron.kit.json.JsonInput;
import dev.patron.plugins.support.Codes;
import dev.patron.plugins.support.StoredResource;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * Reads and checks a profile's writable fields, reporting every invalid one at once. Used for
 * create and, after the merge patch is applied to the stored fields, for update.
 */
public final class ProfileReader {

  static final int NAME_MAX = 100;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ProfileReader() {
  }

  /** The draft in {@code json}; a 400 naming every invalid field otherwise. */
  public static ProfileDraft read(JsonObject json) {
    JsonInput in = StoredResource.fieldsInput(json);
    String name = in.requiredString("name", NAME_MAX);
    String code = Codes.read(in);
    OrderMode mode = in.enumValue("mode", OrderMode.class);
    if (json.getValue("mode") == null) {
      in.error("mode", "is required");
    }
    BigDecimal serviceCharge = in.decimal("serviceChargePercent", BigDecimal.ZERO, HUNDRED, 2);
    Boolean customerRequired = in.bool("customerRequired");
    Boolean active = in.bool("active");
    Boolean tenantDefault = in.bool("tenantDefault");
    in.rejectUnknownFields();
    if (mode != null && mode.needsCustomer() && Boolean.FALSE.equals(customerRequired)) {
      in.error("customerRequired", "must be true for DELIVERY: a delivery needs a customer to deliver to");
    }
    if (Boolean.TRUE.equals(tenantDefault) && Boolean.FALSE.equals(active)) {
      in.error("tenantDefault", "must be false for an inactive profile: the restaurant's default must be active");
    }
    in.throwIfInvalid();
    return new ProfileDraft(name, code, mode, serviceCharge,
        customerRequired == null ? mode.needsCustomer() : customerRequired,
        active == null || active,
        Boolean.TRUE.equals(tenantDefault));
  }
}
