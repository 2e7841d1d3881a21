package dev.patron.core.customer.file;

import dev.patron.api.problem.FieldError;
import dev.patron.core.customer.file.CustomerColumns.Column;
import dev.patron.core.customer.file.CustomerColumns.Kind;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A customer as a file's cells and back, one text per column, so that an export re-imports as the
 * same customers:
 *
 * <ul>
 *   <li>text columns: the text; an empty cell is no value ({@code null}, which clears the field
 *       when the row updates a customer);
 *   <li>{@code emailNotifications}: {@code true}/{@code false} (also yes/no, ja/nein, oui/non, 1/0,
 *       x); an empty cell leaves it as it is (off for a new customer): a consent is never given or
 *       withdrawn by a blank;
 *   <li>an address whose cells in the file are all empty is no address;
 *   <li>a plugin's field ({@code extensions.<pluginId>.<field>}): a cell that is JSON (a number,
 *       {@code true}, an object, a quoted string ...) is that value, any other cell the text itself;
 *       an export writes a text that would read as JSON quoted, so it reads back as the text. An
 *       empty cell leaves the field as it is.
 * </ul>
 */
public final class CustomerCells {

  private static final Set<String> TRUE = Set.of("true", "yes", "y", "ja", "j", "oui", "o", "1", "x", "wahr", "vrai");
  private static final Set<String> FALSE = Set.of("false", "no", "n", "nein", "non", "0", "falsch", "faux");

  private CustomerCells() {
  }

  /**
   * The customer document of a row: {@code columns.get(i)} is what cell {@code i} holds, {@code
   * null} for a column to ignore. Cells the row has fewer of are empty. A cell that cannot be read
   * adds an error on its column's path.
   */
  public static JsonObject document(List<Column> columns, List<String> cells, List<FieldError> errors) {
    JsonObject document = new JsonObject();
    List<String> addressesSeen = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      if (column == null) {
        continue;
      }
      String cell = i < cells.size() ? cells.get(i).strip() : "";
      String path = column.path();
      if (CustomerColumns.isExtension(path)) {
        if (!cell.isEmpty()) {
          JsonObject namespace = child(child(document, "extensions"), CustomerColumns.pluginOf(path));
          namespace.put(CustomerColumns.fieldOf(path), extensionValue(cell));
        }
      } else if (column.kind() == Kind.BOOLEAN) {
        Boolean value = bool(cell);
        if (value != null) {
          document.put(path, value);
        } else if (!cell.isEmpty()) {
          errors.add(new FieldError(path, "must be true or false (yes/no, ja/nein, oui/non, 1/0), not '" + cell + "'"));
        }
      } else if (path.indexOf('.') > 0) {
        String address = path.substring(0, path.indexOf('.'));
        if (!addressesSeen.contains(address)) {
          addressesSeen.add(address);
        }
        child(document, address).put(path.substring(path.indexOf('.') + 1), cell.isEmpty() ? null : cell);
      } else {
        document.put(path, cell.isEmpty() ? null : cell);
      }
    }
    for (String address : addressesSeen) {
      JsonObject fields = document.getJsonObject(address);
      if (fields.stream().allMatch(field -> field.getValue() == null)) {
        document.putNull(address);
      }
    }
    return document;
  }

  /** The cells of a customer's writable document ({@code CustomerJson.writable}) for these column paths. */
  public static List<String> cells(JsonObject document, List<String> paths) {
    List<String> cells = new ArrayList<>(paths.size());
    for (String path : paths) {
      cells.add(cell(document, path));
    }
    return cells;
  }

  private static String cell(JsonObject document, String path) {
    if (CustomerColumns.isExtension(path)) {
      JsonObject extensions = document.getJsonObject("extensions");
      JsonObject namespace = extensions == null ? null : extensions.getJsonObject(CustomerColumns.pluginOf(path));
      Object value = namespace == null ? null : namespace.getValue(CustomerColumns.fieldOf(path));
      return extensionCell(value);
    }
    int dot = path.indexOf('.');
    Object value;
    if (dot > 0) {
      JsonObject address = document.getJsonObject(path.substring(0, dot));
      value = address == null ? null : address.getValue(path.substring(dot + 1));
    } else {
      value = document.getValue(path);
    }
    return value == null ? "" : value.toString();
  }

  static Boolean bool(String cell) {
    String folded = cell.toLowerCase(Locale.ROOT);
    if (TRUE.contains(folded)) {
      return true;
    }
    return FALSE.contains(folded) ? false : null;
  }

  /** A plugin field's cell: JSON when it is JSON, else the text. */
  static Object extensionValue(String cell) {
    char first = cell.charAt(0);
    boolean mayBeJson = first == '{' || first == '[' || first == '"' || first == '-' || Character.isDigit(first)
        || cell.equals("true") || cell.equals("false") || cell.equals("null");
    if (!mayBeJson) {
      return cell;
    }
    try {
      return Json.decodeValue(cell);
    } catch (DecodeException e) {
      return cell;
    }
  }

  /** The cell of a plugin field's value: text as itself unless it would read back as JSON, anything else as JSON. */
  static String extensionCell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String text) {
      return !text.isEmpty() && extensionValue(text) instanceof String same && same.equals(text)
          ? text
          : Json.encode(text);
    }
    return Json.encode(value);
  }

  private static JsonObject child(JsonObject parent, String name) {
    JsonObject child = parent.getJsonObject(name);
    if (child == null) {
      child = new JsonObject();
      parent.put(name, child);
    }
    return child;
  }
}
