package dev.patron.plugins.orderprofiles;

import dev.patron.plugins.support.StoredResource;
import java.time.Instant;
import java.util.UUID;

/**
 * An order profile as stored: what the register applies to an order (mode, service charge ...). Its
 * code, active flag and JSON come from {@link StoredResource}.
 */
public record Profile(UUID id, ProfileDraft fields, long version, Instant createdAt, Instant updatedAt)
    implements StoredResource<ProfileDraft> {
}
