package dev.patron.plugins.sales.imports;

import java.util.Locale;

/** The files the history import reads, by the media type they are uploaded as. */
public enum ImportFormat {
  NDJSON("ndjson", "application/x-ndjson"),
  CSV("csv", "text/csv");

  private final String id;
  private final String mediaType;

  ImportFormat(String id, String mediaType) {
    this.id = id;
    this.mediaType = mediaType;
  }

  public String id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format of a Content-Type, or {@code null}: the host has already refused any other. */
  public static ImportFormat ofContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String essence = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    for (ImportFormat format : values()) {
      if (format.mediaType.equals(essence)) {
        return format;
      }
    }
    return null;
  }

  public static ImportFormat ofId(String id) {
    for (ImportFormat format : values()) {
      if (format.id.equals(id)) {
        return format;
      }
    }
    throw new IllegalArgumentException("no import format " + id);
  }
}
