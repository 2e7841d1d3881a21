package dev.patron.plugins.webhooks.send;

import java.util.UUID;

/** One restaurant's endpoint, as the sender tracks which have work. */
public record EndpointKey(UUID tenantId, UUID endpointId) {
}
