package dev.patron.plugins.sales.imports;

import dev.patron.kit.jobs.RejectionFiles;
import dev.patron.api.problem.FieldError;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CSV row of the history import as the body of {@code POST /transactions}: one receipt per
 * row, the header naming the body's members. Text columns are taken as they are, money columns
 * ({@code serviceCharge}, {@code tip}, {@code total}) are whole minor units ({@code 1250} for
 * 12.50), and the lists ({@code lines}, {@code discounts}, {@code taxes}, {@code payments}) are
 * JSON arrays in the API's shape. An empty cell is a member left out. Everything else — what is
 * required, bounds, whether the figures add up — is the API's reader's to say.
 */
final class ReceiptColumns {

  static final Set<String> TEXT = Set.of("receiptId", "customerId", "customerReferenceId", "closedAt", "location",
      "register", "staff", "orderProfileId");
  static final Set<String> MONEY = Set.of("serviceCharge", "tip", "total");
  static final Set<String> LISTS = Set.of("lines", "discounts", "taxes", "payments");
  /**
   * Columns the rejected-rows file adds ({@link ImportRejections}) and an import ignores, so a
   * corrected rejected-rows file imports as it is.
   */
  static final Set<String> IGNORED = RejectionFiles.ADDED_COLUMNS;
  /** Columns every file must have: the body's required members. */
  static final List<String> REQUIRED = List.of("receiptId", "closedAt", "lines", "total", "payments");

  private ReceiptColumns() {
  }

  /** What is wrong with a header: unknown, repeated or missing columns; empty when it is fine. */
  static List<FieldError> checkHeader(List<String> header) {
    List<FieldError> errors = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String column : header) {
      if (!TEXT.contains(column) && !MONEY.contains(column) && !LISTS.contains(column) && !IGNORED.contains(column)) {
        errors.add(new FieldError("header", "has an unknown column '" + column + "'"));
      } else if (seen.contains(column)) {
        errors.add(new FieldError("header", "has the column '" + column + "' twice"));
      }
      seen.add(column);
    }
    for (String column : REQUIRED) {
      if (!header.contains(column)) {
        errors.add(new FieldError("header", "lacks the column '" + column + "'"));
      }
    }
    return errors;
  }

  /** The body a row stands for; errors for cells that are not what their column takes. */
  static Object body(List<String> header, List<String> fields, List<FieldError> errors) {
    if (fields.size() != header.size()) {
      errors.add(new FieldError("row", "has " + fields.size() + " fields, the header " + header.size()));
      return null;
    }
    JsonObject body = new JsonObject();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      String cell = fields.get(i);
      if (cell.isEmpty() || IGNORED.contains(column)) {
        continue;
      }
      if (TEXT.contains(column)) {
        body.put(column, cell);
      } else if (MONEY.contains(column)) {
        body.put(column, money(column, cell.strip(), errors));
      } else {
        body.put(column, list(column, cell, errors));
      }
    }
    return body;
  }

  private static JsonObject money(String column, String cell, List<FieldError> errors) {
    try {
      return new JsonObject().put("amount", Long.parseLong(cell));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(column, "must be a whole number of minor units (1250 for 12.50)"));
      return null;
    }
  }

  private static JsonArray list(String column, String cell, List<FieldError> errors) {
    try {
      return new JsonArray(cell);
    } catch (DecodeException | ClassCastException e) {
      errors.add(new FieldError(column, "must be a JSON array, as in the body of POST /transactions"));
      return null;
    }
  }
}
