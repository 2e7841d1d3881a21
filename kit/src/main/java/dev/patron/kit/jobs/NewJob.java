package dev.patron.kit.jobs;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * A job to queue: the file's rows were counted (and its limits checked) by the user before.
 *
 * @param options whatever the user needs to run it later (settings as they were, a CSV header ...)
 */
public record NewJob(UUID tenantId, UUID id, String format, JsonObject options, long rowsTotal) {
}
