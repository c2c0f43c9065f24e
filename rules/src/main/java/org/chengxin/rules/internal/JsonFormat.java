package org.chengxin.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON the way profile documents are written: a value that fits in {@value #WIDTH} characters on its line
 * stays on one line ({@code {"value": 7, "basis": "…", "verified": true}}), larger ones are indented by two
 * spaces; line ends are {@code \n} on every platform; key order is the tree's. Non-ASCII text is written as is.
 */
public final class JsonFormat {

  static final int WIDTH = 116;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonFormat() {}

  /** The document text, ending with a line feed. */
  public static String write(JsonNode node) {
    return write(node, 0) + "\n";
  }

  /** The value on one line, with a space after every colon and comma. */
  public static String oneLine(JsonNode node) {
    if (node.isObject()) {
      List<String> fields = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        fields.add(scalar(TextNode.valueOf(field.getKey())) + ": " + oneLine(field.getValue()));
      }
      return "{" + String.join(", ", fields) + "}";
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(oneLine(item)));
      return "[" + String.join(", ", items) + "]";
    }
    return scalar(node);
  }

  private static String write(JsonNode node, int level) {
    String line = oneLine(node);
    if (!node.isContainerNode() || node.size() == 0 || line.codePointCount(0, line.length()) + 2 * level <= WIDTH) {
      return line;
    }
    String pad = "  ".repeat(level + 1);
    List<String> items = new ArrayList<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        items.add(pad + scalar(TextNode.valueOf(field.getKey())) + ": " + write(field.getValue(), level + 1));
      }
      return "{\n" + String.join(",\n", items) + "\n" + "  ".repeat(level) + "}";
    }
    node.forEach(item -> items.add(pad + write(item, level + 1)));
    return "[\n" + String.join(",\n", items) + "\n" + "  ".repeat(level) + "]";
  }

  private static String scalar(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON scalar", e);
    }
  }
}
