package dev.patron.server.plugins.hooks;

import dev.patron.api.problem.Problem;
import dev.patron.api.problem.ProblemException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a client sees when a plugin says no or goes wrong. A veto (a problem the plugin raised)
 * reaches the client as the plugin phrased it, naming the plugin; a timeout is a 504 and anything
 * else a 502, both naming the plugin, with the details in the log.
 */
public final class PluginFailures {

  private static final Logger log = LoggerFactory.getLogger(PluginFailures.class);

  private PluginFailures() {
  }

  static ProblemException toProblem(Throwable error, String pluginId, String what, Duration limit) {
    return toProblem(error, pluginId, what, limit, "nothing was saved");
  }

  /**
   * The problem standing for a plugin call's failure, for callers that report it rather than fail
   * with it (the customer overview, the archive preview).
   *
   * @param consequence what the failure meant for the client, e.g. "nothing was saved"
   */
  public static ProblemException toProblem(Throwable error, String pluginId, String what, Duration limit,
      String consequence) {
    if (error instanceof ProblemException veto) {
      return veto.problem().with("plugin", pluginId).toException();
    }
    if (error instanceof TimeoutException) {
      log.warn("Plugin {} did not finish {} within {} ms", pluginId, what, limit.toMillis());
      return Problem.of(504, "plugin-timeout", "A plugin did not answer in time",
          "The plugin '" + pluginId + "' did not finish " + what + " within " + limit.toMillis()
              + " ms; " + consequence + ". Try again later.").with("plugin", pluginId).toException();
    }
    log.atError().setCause(error).addKeyValue("plugin", pluginId).log("Plugin failed during {}", what);
    return Problem.of(502, "plugin-failed", "A plugin failed",
        "The plugin '" + pluginId + "' failed during " + what + "; " + consequence + ".")
        .with("plugin", pluginId).toException();
  }
}
