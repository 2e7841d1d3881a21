package dev.patron.server.plugins.admin;

import dev.patron.api.problem.FieldError;
import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import dev.patron.api.problem.Problems;
import dev.patron.server.plugins.LoadedPlugin;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A plugin's own check of a tenant's configuration, with its field errors reported under {@code config.}. */
final class PluginConfigCheck {

  private PluginConfigCheck() {
  }

  static JsonObject validated(LoadedPlugin plugin, JsonObject config) {
    if (plugin.configValidator() == null) {
      if (!config.isEmpty()) {
        throw Problems.invalidField("config", "the plugin '" + plugin.id() + "' takes no configuration");
      }
      return config;
    }
    try {
      JsonObject valid = plugin.configValidator().validate(config.copy());
      return valid == null ? new JsonObject() : valid;
    } catch (ProblemException e) {
      Problem problem = e.problem();
      List<FieldError> errors = problem.errors().stream()
          .map(error -> new FieldError("config." + error.field(), error.message()))
          .toList();
      throw new Problem(problem.status(), problem.code(), problem.title(), problem.detail(), errors, problem.properties())
          .with("plugin", plugin.id()).toException();
    } catch (RuntimeException | LinkageError e) {
      throw Problem.of(502, "plugin-failed", "A plugin failed",
          "The plugin '" + plugin.id() + "' failed to check the configuration: " + e).with("plugin", plugin.id()).toException();
    }
  }
}
