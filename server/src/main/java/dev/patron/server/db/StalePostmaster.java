package dev.patron.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on our data directory by a server that died without stopping it (a
 * kill -9, a power cut of the JVM only). It would keep the directory locked forever; it is stopped
 * first, the way PostgreSQL likes: SIGTERM, then wait.
 */
final class StalePostmaster {

  private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

  private StalePostmaster() {
  }

  static void stopIfRunning(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(StalePostmaster::isPostgres);
    if (process.isEmpty()) {
      return;
    }
    log.warn("Stopping PostgreSQL (pid {}) left running on {} by a previous server", pid, dataDirectory);
    ProcessHandle postmaster = process.get();
    postmaster.destroy();
    try {
      postmaster.onExit().get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IOException("PostgreSQL (pid " + pid + ") on " + dataDirectory + " did not stop within 60 s; stop it by hand");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping PostgreSQL pid " + pid, e);
    } catch (ExecutionException e) {
      throw new IOException("could not wait for PostgreSQL pid " + pid + " to stop", e);
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
  }
}
