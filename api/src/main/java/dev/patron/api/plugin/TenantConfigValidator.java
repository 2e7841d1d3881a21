package dev.patron.api.plugin;

import io.vertx.core.json.JsonObject;
import org.pf4j.ExtensionPoint;

/**
 * Validates a plugin's per-tenant configuration when an admin sets it. Without this extension a
 * plugin accepts only an empty configuration.
 */
public interface TenantConfigValidator extends ExtensionPoint {

  /**
   * Returns the configuration to store, with defaults filled in; throws a {@link
   * dev.patron.api.problem.ProblemException} (e.g. from {@link dev.patron.kit.json.JsonInput}) when
   * it is invalid. {@code config} is empty when a plugin is enabled without one.
   */
  JsonObject validate(JsonObject config);
}
