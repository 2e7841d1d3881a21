package dev.patron.kit.http;

import dev.patron.api.problem.Problem;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Streams a request's body to a temporary file, a network buffer at a time with backpressure: an
 * upload of hundreds of megabytes never sits in memory. Past the limit it stops reading and fails
 * with a 413 (the caller closes the connection after it, as the rest of the body is never read). The caller
 * deletes the file once done with it ({@link #delete}).
 */
public final class StreamedUpload {

  private static final String PREFIX = "patron-upload-";
  private static final String SUFFIX = ".part";

  private StreamedUpload() {
  }

  /**
   * Streams the body to a new temporary file; its path once the body has ended. For an operation
   * the host does not read the body of ({@code x-patron-streamed-body}), which keeps the request
   * paused until this resumes it.
   *
   * @param limit the largest body, in bytes; past it a 413 (what "MiB" the detail names)
   */
  public static Future<Path> toTemporaryFile(Vertx vertx, HttpServerRequest request, long limit) {
    String declared = request.getHeader("Content-Length");
    if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
        && Long.parseLong(declared) > limit) {
      return Future.failedFuture(tooLarge(limit));
    }
    FileSystem files = vertx.fileSystem();
    return files.createTempFile(PREFIX, SUFFIX).compose(name -> files.open(name,
            new OpenOptions().setWrite(true).setTruncateExisting(true))
        .compose(file -> copy(request, file, limit)
            .transform(copied -> file.close().transform(closed -> copied.succeeded()
                ? Future.succeededFuture(Path.of(name))
                : files.delete(name).transform(deleted -> Future.<Path>failedFuture(copied.cause()))))));
  }

  /**
   * Deletes uploads a crash left behind in the temporary directory: files of this class not
   * written to for {@code idle} (an upload in progress writes its file all the time). Returns
   * how many it deleted.
   */
  public static Future<Integer> deleteAbandoned(Vertx vertx, Duration idle) {
    FileSystem files = vertx.fileSystem();
    String directory = System.getProperty("java.io.tmpdir");
    long before = System.currentTimeMillis() - idle.toMillis();
    return files.readDir(directory, Pattern.quote(PREFIX) + ".*" + Pattern.quote(SUFFIX)).compose(names -> {
      List<Future<Boolean>> deletions = new ArrayList<>();
      for (String name : names) {
        deletions.add(files.props(name)
            .compose(props -> props.lastModifiedTime() < before
                ? files.delete(name).map(true)
                : Future.succeededFuture(false))
            .recover(gone -> Future.succeededFuture(false)));
      }
      return Future.join(deletions).map(done -> (int) deletions.stream().filter(Future::result).count());
    });
  }

  /** Deletes the file; one already gone is no failure. */
  public static Future<Void> delete(Vertx vertx, Path file) {
    return vertx.fileSystem().delete(file.toString()).recover(gone -> Future.succeededFuture());
  }

  private static Future<Void> copy(HttpServerRequest request, AsyncFile file, long limit) {
    Promise<Void> copied = Promise.promise();
    long[] bytes = {0};
    request.exceptionHandler(copied::tryFail);
    request.handler(chunk -> {
      bytes[0] += chunk.length();
      if (bytes[0] > limit) {
        request.pause();
        copied.tryFail(tooLarge(limit));
        return;
      }
      file.write(chunk);
      if (file.writeQueueFull()) {
        request.pause();
        file.drainHandler(drained -> request.resume());
      }
    });
    file.exceptionHandler(copied::tryFail);
    request.endHandler(ended -> copied.tryComplete());
    request.resume();
    return copied.future();
  }

  private static RuntimeException tooLarge(long limit) {
    return Problem.of(413, "payload-too-large", "Payload too large", "The file is larger than the "
        + (limit / (1024 * 1024)) + " MiB this upload takes. Split it into several files.")
        .toException();
  }
}
