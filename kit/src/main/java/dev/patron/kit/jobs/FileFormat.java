package dev.patron.kit.jobs;

import java.util.Locale;

/** The files an import job reads (and writes its rejected rows in), by the media type they come as. */
public enum FileFormat {
  CSV("csv", "text/csv"),
  NDJSON("ndjson", "application/x-ndjson");

  private final String id;
  private final String mediaType;

  FileFormat(String id, String mediaType) {
    this.id = id;
    this.mediaType = mediaType;
  }

  /** The name a job keeps ({@link Job#format()}), e.g. {@code csv}. */
  public String id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  public static FileFormat ofId(String id) {
    for (FileFormat format : values()) {
      if (format.id.equals(id)) {
        return format;
      }
    }
    throw new IllegalArgumentException("no file format " + id);
  }

  /** The format of a {@code Content-Type} (its parameters ignored), or {@code null}. */
  public static FileFormat ofContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String essence = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    for (FileFormat format : values()) {
      if (format.mediaType.equals(essence)) {
        return format;
      }
    }
    return null;
  }
}
