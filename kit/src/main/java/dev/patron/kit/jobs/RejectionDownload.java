package dev.patron.kit.jobs;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.sqlclient.SqlClient;
import java.util.function.Function;

/**
 * Streams a job's rejected rows as a file, a page of rows from the database at a time, each page
 * written once the one before has left: memory stays flat however many rows were rejected. The
 * user renders the file's head and each row (the original row plus its errors) in its format.
 */
public final class RejectionDownload {

  static final int PAGE = 500;

  private final JobStore store;

  public RejectionDownload(JobStore store) {
    this.store = store;
  }

  /** Answers 200 with the file; {@code head} (e.g. a CSV header) comes first. */
  public Future<Void> send(HttpServerResponse response, SqlClient sql, Job job, String contentType,
      String fileName, Buffer head, Function<Rejection, Buffer> render) {
    response.setStatusCode(200).setChunked(true)
        .putHeader("Content-Type", contentType)
        .putHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    return response.write(head).compose(v -> page(response, sql, job, 0, render));
  }

  private Future<Void> page(HttpServerResponse response, SqlClient sql, Job job, long afterRow,
      Function<Rejection, Buffer> render) {
    return store.rejections(sql, job.tenantId(), job.id(), afterRow, PAGE).compose(rows -> {
      Buffer page = Buffer.buffer();
      rows.forEach(rejection -> page.appendBuffer(render.apply(rejection)));
      if (rows.size() < PAGE) {
        return response.end(page);
      }
      long last = rows.get(rows.size() - 1).rowNumber();
      return response.write(page).compose(v -> page(response, sql, job, last, render));
    });
  }
}
