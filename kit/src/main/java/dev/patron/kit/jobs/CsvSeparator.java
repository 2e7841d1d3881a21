package dev.patron.kit.jobs;

/**
 * The field separator of a CSV file as spreadsheets write it: comma, or semicolon where the
 * decimal separator is a comma (German, French and other locales' Excel). Read from the first line,
 * outside quotes; comma on a tie.
 */
public final class CsvSeparator {

  private CsvSeparator() {
  }

  /** @param head the file's first bytes (its first line, or as much of it as there is) */
  public static char detect(byte[] head, int length) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < length; i++) {
      byte b = head[i];
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && (b == '\n' || b == '\r')) {
        break;
      } else if (!quoted && b == ',') {
        commas++;
      } else if (!quoted && b == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
