package dev.patron.core.event;

import java.util.UUID;

/**
 * Event delivery to each plugin runs in {@link #COUNT} partitions by tenant, each with its own
 * cursor, so several server instances can share a plugin's work while each tenant's events stay in
 * order. Mirrors the SQL function {@code patron.dispatch_partition} (migration V8).
 */
public final class DispatchPartitions {

  /** How many partitions; fixed by the schema, so changing it is a migration. */
  public static final int COUNT = 8;

  private DispatchPartitions() {
  }

  /** The partition of a tenant's events: the low byte of its (random) id. */
  public static int of(UUID tenantId) {
    return (int) (tenantId.getLeastSignificantBits() & 0xFF) % COUNT;
  }
}
