package dev.patron.testkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patron.kit.json.Text;
import java.util.ArrayList;
import java.util.Map;

/**
 * A request body as the server reads its text ({@link Text}): each string trimmed of invisible
 * characters, and JSON null where nothing is left, so {@code " Ana\u200b"} is {@code "Ana"} and
 * {@code "\u00a0"} is absent. Member names are left as they are.
 */
final class TextInput {

  private TextInput() {
  }

  static JsonNode asRead(JsonNode node) {
    if (node.isTextual()) {
      String stripped = Text.strip(node.textValue());
      return stripped.isEmpty() ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(stripped);
    }
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> member : new ArrayList<>(object.properties())) {
        object.set(member.getKey(), asRead(member.getValue()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, asRead(array.get(i)));
      }
    }
    return node;
  }
}
