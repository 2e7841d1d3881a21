package dev.patron.plugins.invoicing.pdf;

/** Reads an {@code Accept} header: does the client prefer a PDF to JSON? */
public final class Negotiation {

  private Negotiation() {
  }

  /**
   * Whether {@code accept} asks for {@code application/pdf} at least as strongly as for JSON (or
   * any type); without the header, or with {@code q=0} for PDF, the answer is JSON.
   */
  public static boolean prefersPdf(String accept) {
    if (accept == null) {
      return false;
    }
    double pdf = 0;
    double json = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
      double q = quality(parts);
      if (type.equals("application/pdf")) {
        pdf = Math.max(pdf, q);
      } else if (type.equals("application/json") || type.equals("application/*") || type.equals("*/*")) {
        json = Math.max(json, q);
      }
    }
    return pdf > 0 && pdf >= json;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
