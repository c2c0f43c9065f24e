package org.chengxin.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * Reads plain JSON — the JSON profile documents are written in — into the tree jackson-databind builds for it,
 * without starting Jackson's parser (its factory, buffers, symbol tables and some fifty classes are start-up time
 * of every {@code assess}). It takes only what it is sure of: objects without a repeated key, arrays, strings
 * without control characters, {@code true}, {@code false}, {@code null}, and numbers without an exponent of at
 * most 18 digits. Anything else — an exponent, a long number, an unusual escape, a repeated key, a syntax error,
 * deep nesting, an empty text — gives {@code null}, and the caller reads the text with Jackson, which decides
 * (and words any error). So what it returns is always what Jackson would return.
 */
final class PlainJson {

  private static final int MAX_DEPTH = 200;
  private static final int MAX_DIGITS = 18;

  private final String text;
  private final JsonNodeFactory nodes;
  private int at;

  private PlainJson(String text, JsonNodeFactory nodes) {
    this.text = text;
    this.nodes = nodes;
  }

  /** The tree of {@code text}, as Jackson builds it with {@code nodes}; {@code null} when not sure. */
  static JsonNode read(String text, JsonNodeFactory nodes) {
    PlainJson p = new PlainJson(text, nodes);
    p.skipSpace();
    if (p.at >= text.length()) {
      return null; // empty: Jackson's missing node
    }
    JsonNode tree = p.value(0);
    if (tree == null) {
      return null;
    }
    p.skipSpace();
    return p.at == text.length() ? tree : null;
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  private JsonNode value(int depth) {
    if (at >= text.length() || depth > MAX_DEPTH) {
      return null;
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"': {
        String s = string();
        return s == null ? null : nodes.textNode(s);
      }
      case 't':
        return literal("true") ? nodes.booleanNode(true) : null;
      case 'f':
        return literal("false") ? nodes.booleanNode(false) : null;
      case 'n':
        return literal("null") ? nodes.nullNode() : null;
      default:
        return c == '-' || (c >= '0' && c <= '9') ? number() : null;
    }
  }

  private ObjectNode object(int depth) {
    at++; // {
    ObjectNode object = nodes.objectNode();
    skipSpace();
    if (at < text.length() && text.charAt(at) == '}') {
      at++;
      return object;
    }
    while (true) {
      if (at >= text.length() || text.charAt(at) != '"') {
        return null;
      }
      String key = string();
      if (key == null || object.get(key) != null) {
        return null; // a repeated key: Jackson refuses it
      }
      skipSpace();
      if (at >= text.length() || text.charAt(at) != ':') {
        return null;
      }
      at++;
      skipSpace();
      JsonNode value = value(depth + 1);
      if (value == null) {
        return null;
      }
      object.set(key, value);
      skipSpace();
      if (at >= text.length()) {
        return null;
      }
      char c = text.charAt(at++);
      if (c == '}') {
        return object;
      }
      if (c != ',') {
        return null;
      }
      skipSpace();
    }
  }

  private ArrayNode array(int depth) {
    at++; // [
    ArrayNode array = nodes.arrayNode();
    skipSpace();
    if (at < text.length() && text.charAt(at) == ']') {
      at++;
      return array;
    }
    while (true) {
      JsonNode value = value(depth + 1);
      if (value == null) {
        return null;
      }
      array.add(value);
      skipSpace();
      if (at >= text.length()) {
        return null;
      }
      char c = text.charAt(at++);
      if (c == ']') {
        return array;
      }
      if (c != ',') {
        return null;
      }
      skipSpace();
    }
  }

  /** A string at {@code at} (its opening quote); {@code null} at anything unusual. */
  private String string() {
    int start = ++at;
    StringBuilder escaped = null;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        String s = escaped == null ? text.substring(start, at) : escaped.append(text, start, at).toString();
        at++;
        return s;
      }
      if (c < 0x20) {
        return null;
      }
      if (c == '\\') {
        if (at + 1 >= text.length()) {
          return null;
        }
        if (escaped == null) {
          escaped = new StringBuilder();
        }
        escaped.append(text, start, at);
        char e = text.charAt(at + 1);
        switch (e) {
          case '"':
          case '\\':
          case '/':
            escaped.append(e);
            break;
          case 'b':
            escaped.append('\b');
            break;
          case 'f':
            escaped.append('\f');
            break;
          case 'n':
            escaped.append('\n');
            break;
          case 'r':
            escaped.append('\r');
            break;
          case 't':
            escaped.append('\t');
            break;
          case 'u': {
            if (at + 6 > text.length()) {
              return null;
            }
            int v = 0;
            for (int i = at + 2; i < at + 6; i++) {
              int d = Character.digit(text.charAt(i), 16);
              if (d < 0 || text.charAt(i) > 'f') {
                return null;
              }
              v = v * 16 + d;
            }
            escaped.append((char) v);
            at += 4;
            break;
          }
          default:
            return null;
        }
        at += 2;
        start = at;
        continue;
      }
      at++;
    }
    return null;
  }

  private boolean literal(String word) {
    if (!text.startsWith(word, at)) {
      return false;
    }
    int end = at + word.length();
    if (end < text.length()) {
      char c = text.charAt(end);
      if (c != ',' && c != ']' && c != '}' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    at = end;
    return true;
  }

  /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?} of at most 18 digits, then a delimiter; else {@code null}. */
  private JsonNode number() {
    int start = at;
    int i = at;
    if (text.charAt(i) == '-') {
      i++;
    }
    int intStart = i;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    int intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && text.charAt(intStart) == '0')) {
      return null;
    }
    int fractionDigits = 0;
    boolean fraction = i < text.length() && text.charAt(i) == '.';
    if (fraction) {
      i++;
      int fractionStart = i;
      while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      fractionDigits = i - fractionStart;
      if (fractionDigits == 0) {
        return null;
      }
    }
    if (intDigits + fractionDigits > MAX_DIGITS) {
      return null;
    }
    if (i < text.length()) {
      char c = text.charAt(i);
      if (c != ',' && c != ']' && c != '}' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return null; // an exponent, or anything else: Jackson decides
      }
    }
    at = i;
    String digits = text.substring(start, i);
    if (!fraction) {
      long v = Long.parseLong(digits);
      return v == (int) v ? nodes.numberNode((int) v) : nodes.numberNode(v);
    }
    return decimal(nodes, new BigDecimal(digits));
  }

  /** The node of a JSON float read as BigDecimal, as jackson-databind's node deserializer makes it. */
  static JsonNode decimal(JsonNodeFactory nodes, BigDecimal value) {
    // DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, as jackson-databind's node deserializer applies it
    BigDecimal decimal = value;
    if (nodes.willStripTrailingBigDecimalZeroes()) {
      try {
        decimal = decimal.stripTrailingZeros();
      } catch (ArithmeticException e) {
        // keep it as written
      }
    }
    return nodes.numberNode(decimal);
  }
}
