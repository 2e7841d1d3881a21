package dev.patron.core.tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Splits a batch that may span tenants into one group per tenant, so each statement names one
 * tenant (what a database distributed by tenant needs to send it to one node).
 */
public final class ByTenant {

  private ByTenant() {
  }

  /** The items by tenant, tenants in order of first appearance, items in their order within each. */
  public static <T> Map<UUID, List<T>> group(List<T> items, Function<T, UUID> tenantOf) {
    Map<UUID, List<T>> groups = new LinkedHashMap<>();
    items.forEach(item -> groups.computeIfAbsent(tenantOf.apply(item), tenant -> new ArrayList<>()).add(item));
    return groups;
  }
}
