package dev.patron.core.customer.file;

import dev.patron.kit.jobs.FileFormat;
import dev.patron.kit.jobs.Job;
import dev.patron.kit.jobs.Rejection;
import dev.patron.kit.jobs.RejectionFiles;
import io.vertx.core.buffer.Buffer;

/** An import's rejected rows as a file in its format ({@link RejectionFiles}): the original row plus its errors. */
public final class CustomerRejections {

  private CustomerRejections() {
  }

  public static String contentType(Job job) {
    return FileFormat.ofId(job.format()).mediaType() + "; charset=utf-8";
  }

  public static String fileName(Job job) {
    return "customer-import-" + job.id() + "-rejected." + job.format();
  }

  public static Buffer head(Job job) {
    ImportOptions options = ImportOptions.of(job.options());
    return options.header() == null ? Buffer.buffer()
        : RejectionFiles.csvHead(options.separator(), options.header(), RejectionFiles.ADDED_COLUMNS);
  }

  public static Buffer row(Job job, Rejection rejection) {
    ImportOptions options = ImportOptions.of(job.options());
    return options.header() == null ? RejectionFiles.ndjsonRow(rejection)
        : RejectionFiles.csvRow(options.separator(), options.header(), RejectionFiles.ADDED_COLUMNS, rejection);
  }
}
