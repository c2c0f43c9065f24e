package org.chengxin.formats.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;

/**
 * Builds a record's tree straight from the token stream: what {@code ObjectMapper.readTree} does without the
 * data-binding machinery around it, which matters at 300,000 records. A duplicate key, or anything after the
 * value, is a syntax error; floats are kept exact (as {@link java.math.BigDecimal}).
 */
public final class TreeBuilder {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeBuilder() {}

  /**
   * The tree of the one JSON value in {@code data[offset, offset + length)}, or null when there is none.
   *
   * @throws IOException a {@link com.fasterxml.jackson.core.JsonProcessingException} on malformed JSON
   */
  public static JsonNode read(byte[] data, int offset, int length) throws IOException {
    try (JsonParser p = Streaming.FACTORY.createParser(data, offset, length)) {
      return read(p);
    }
  }

  /**
   * The tree of the one JSON value in a text, or null when there is none.
   *
   * @throws IOException a {@link com.fasterxml.jackson.core.JsonProcessingException} on malformed JSON
   */
  public static JsonNode read(String text) throws IOException {
    try (JsonParser p = Streaming.FACTORY.createParser(text)) {
      return read(p);
    }
  }

  private static JsonNode read(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      return null;
    }
    JsonNode root = value(p, t);
    JsonToken after = p.nextToken();
    if (after != null) {
      throw new JsonParseException(p, "Trailing token (of type " + after + ") found after the value",
          p.currentTokenLocation());
    }
    return root;
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        String name;
        while ((name = p.nextFieldName()) != null) {
          JsonLocation at = p.currentTokenLocation();
          JsonNode v = value(p, p.nextToken());
          if (o.replace(name, v) != null) {
            throw new JsonParseException(p, "Duplicate field '" + name + "'", at);
          }
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
          a.add(value(p, e));
        }
        return a;
      }
      case VALUE_STRING:
        return TextNode.valueOf(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return IntNode.valueOf(p.getIntValue());
          case LONG:
            return LongNode.valueOf(p.getLongValue());
          default:
            return BigIntegerNode.valueOf(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(p.getDecimalValue());
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.instance;
      default:
        throw new JsonParseException(p, "Unexpected token " + t, p.currentTokenLocation());
    }
  }
}
