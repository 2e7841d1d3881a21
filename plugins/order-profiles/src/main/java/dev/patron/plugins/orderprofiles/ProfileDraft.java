package dev.patron.plugins.orderprofiles;

import dev.patron.plugins.support.Decimals;
import dev.patron.plugins.support.ResourceFields;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of a profile a client writes, validated by {@link ProfileReader}.
 * {@code serviceChargePercent} is {@code null} when the profile adds no service charge.
 */
public record ProfileDraft(
    String name,
    String code,
    OrderMode mode,
    BigDecimal serviceChargePercent,
    boolean customerRequired,
    boolean active,
    boolean tenantDefault) implements ResourceFields {

  private static final List<String> OPTIONAL = List.of("serviceChargePercent");

  /** The writable document a merge patch applies to. */
  @Override
  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("name", name)
        .put("code", code)
        .put("mode", mode.name())
        .put("customerRequired", customerRequired)
        .put("active", active)
        .put("tenantDefault", tenantDefault);
    if (serviceChargePercent != null) {
      json.put("serviceChargePercent", Decimals.plain(serviceChargePercent));
    }
    return json;
  }

  @Override
  public List<String> optionalFields() {
    return OPTIONAL;
  }
}
